// The presentation's own words: labels of its controls and its closing slide. The story's copy
// (headline, steps, notes) comes from the ArchieML; these belong to the presentation and live
// here, in one place, so a translation or an edit touches one file.
export const PRESENT_TEXT = {
	pageTitle: 'presentation',
	kicker: 'A data story',
	titleSlide: 'Title slide',
	reading: 'Reading',
	closingName: 'Read the story',
	closingHeading: 'Read the story, its sources and the data',
	closingHint: 'Scan the code, or type the address:',
	qrLabel: 'QR code linking to the story at',
	noNotes: 'No speaker notes for this slide.',
	moreNotes: 'More below ↓ (scroll, or Tab to the notes and press ↓)',
	describeGraphic: 'What the graphic shows',
	correctionsHeading: 'Corrections to the story, if asked',
	blankScreen: 'Audience screen blank: B brings it back',
	presenterTitle: 'Presenter view',
	popupBlocked:
		'The browser blocked the second window. Allow pop-ups for this site, or open this link in a new window:',
	touchHelp:
		'On a touch screen: tap the right of the slide or swipe left for the next slide, tap the left or swipe right to go back.'
} as const;
