import { chromium } from '@playwright/test';
const [,, path, widths = '320,1000', out = '/tmp/rt/shot'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
for (const w of widths.split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  await page.goto('http://localhost:4480' + path);
  await page.waitForTimeout(300);
  const file = `${out}-${w}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
