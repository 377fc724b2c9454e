/**
 * What a curator does on the page, done through Playwright as a person would (mouse, keyboard) and
 * counted: a click, a key press, a drag or a double-click counts one; choosing from a drop-down
 * counts two (open it, pick). Typing free text into a field counts one per field (it is not what
 * the page can save, and the scenario types only where a person must). Scrolling is not counted.
 */
import type { Locator, Page } from 'playwright-core';

/** Interactions counted per label (a relationship, or `setup`). */
export class Interactions {
  readonly counts = new Map<string, number>();
  private label = 'setup';

  constructor(private readonly page: Page) {}

  /** Counts what follows for `label`. */
  for(label: string): this {
    this.label = label;
    return this;
  }

  private add(n: number): void {
    this.counts.set(this.label, (this.counts.get(this.label) ?? 0) + n);
  }

  async click(target: Locator): Promise<void> {
    this.add(1);
    await target.click();
  }

  async dblclick(target: Locator): Promise<void> {
    this.add(1);
    await target.dblclick();
  }

  async press(key: string): Promise<void> {
    this.add(1);
    await this.page.keyboard.press(key);
  }

  async select(target: Locator, value: string | { label: string }): Promise<void> {
    this.add(2);
    await target.selectOption(value);
  }

  async type(target: Locator, text: string): Promise<void> {
    this.add(1);
    await target.fill(text);
  }

  /**
   * Where the first and the last of the characters `start`–`end` of the article's text are on the
   * screen, once they are scrolled into view (a person scrolls; not counted).
   */
  private ends(start: number, end: number) {
    return this.page.evaluate(
      ({ start, end }) => {
        const root = document.getElementById('article-text')!;
        const at = (offset: number): [Text, number] => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (offset < seen + node.length) return [node, offset - seen];
            seen += node.length;
          }
          throw new Error(`offset ${offset} is past the text`);
        };
        const rectOf = (offset: number) => {
          const [node, i] = at(offset);
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getClientRects()[0]!;
        };
        const words = document.createRange();
        words.setStart(...at(start));
        words.setEnd(...at(end - 1));
        root.scrollTop += words.getBoundingClientRect().top - root.getBoundingClientRect().top - root.clientHeight / 3;
        window.scrollBy(0, words.getBoundingClientRect().top - window.innerHeight / 3);
        const first = rectOf(start);
        const last = rectOf(end - 1);
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      },
      { start, end },
    );
  }

  /**
   * Selects the characters `start`–`end` of the article's text with a real mouse drag: the
   * coordinates of the first and last characters are read from the page, the selection itself is
   * made by the mouse.
   */
  async drag(start: number, end: number): Promise<void> {
    const box = await this.ends(start, end);
    this.add(1);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Double-clicks the word at `start`–`end` of the article's text, which selects it. */
  async dblclickWord(start: number, end: number): Promise<void> {
    const box = await this.ends(start, end);
    this.add(1);
    await this.page.mouse.dblclick((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
  }

  /** The counts as lines, for the test's output. */
  report(): string {
    return [...this.counts].map(([label, n]) => `${String(n).padStart(3)}  ${label}`).join('\n');
  }
}
