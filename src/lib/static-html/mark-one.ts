// The story's steps and the deck's slides are HTML the browser never hydrates, so a page marks
// the one of them that is current itself: the story's active step, the deck's current slide. Usage: markOne(container, 'step', activeId, 'active') marks the [data-step] whose value
// is activeId with the class "active" and takes it off all the others.
export function markOne(container: ParentNode, key: string, value: string, className: string) {
	for (const element of container.querySelectorAll<HTMLElement>(`[data-${key}]`))
		element.classList.toggle(className, element.dataset[key] === value);
}
