/**
 * The five steps as a navigation list: the current one marked (`aria-current="step"`), the ones
 * not yet possible disabled, and the workspace told which step it shows (`data-step`, which the
 * stylesheet reads to show the text beside steps 2 and 3).
 */

/** The step names, for the status line and the document title. */
export const STEPS = ['Article', 'Actors', 'Relationships', 'Review', 'Ingest'];

/**
 * Creates the stepper.
 * @param {{ nav: HTMLElement, workspace: HTMLElement, onGo: (step: number) => void }} options
 */
export function createStepper({ nav, workspace, onGo }) {
  const buttons = /** @type {HTMLButtonElement[]} */ ([...nav.querySelectorAll('button[data-step]')]);
  for (const b of buttons) b.addEventListener('click', () => onGo(Number(b.dataset.step)));
  return {
    /**
     * Shows step `step`, with the steps `available` says may be opened.
     * @param {number} step
     * @param {(step: number) => boolean} available
     */
    render(step, available) {
      workspace.dataset.step = String(step);
      for (const b of buttons) {
        const n = Number(b.dataset.step);
        b.disabled = n !== step && !available(n);
        if (n === step) b.setAttribute('aria-current', 'step');
        else b.removeAttribute('aria-current');
      }
      for (let n = 1; n <= STEPS.length; n++) {
        const section = document.getElementById(`step-${n}`);
        if (section) section.hidden = n !== step;
      }
      document.title = `${STEPS[step - 1] ?? ''} · Curate · China–Peru knowledge graph`;
    },
  };
}
