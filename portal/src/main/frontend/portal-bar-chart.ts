/*
 * <portal-bar-chart>: a bar chart drawn by Chart.js (MIT) into a canvas in the element's shadow root, from the
 * JSON object that the Java component BarChart sets as the `chart` property. Every label is text drawn on the
 * canvas: nothing from the data is ever parsed as HTML. The canvas is an image (role="img") whose accessible name
 * summarises the chart; the numbers themselves are in a table beside it (ChartWithTable). After Chart.js has drawn,
 * the element carries a `data-rendered` attribute.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface SeriesSpec {
  name: string;
  colour: string;
  /** One value per category; null where the count is suppressed (the bar is not drawn). */
  values: (number | null)[];
  /** What the table shows for each value: the number, or "fewer than 5". */
  texts: string[];
}

interface ChartSpec {
  summary: string;
  horizontal: boolean;
  stacked: boolean;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  categories: string[];
  series: SeriesSpec[];
}

const style = `
  :host { display: block; }
  .frame { position: relative; width: 100%; }
  canvas { display: block; }
`;

class PortalBarChart extends HTMLElement {
  #spec: ChartSpec | null = null;
  #chart: Chart<'bar', (number | null)[], string> | null = null;
  readonly #frame: HTMLDivElement;
  readonly #canvas: HTMLCanvasElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('style');
    sheet.textContent = style;
    this.#frame = document.createElement('div');
    this.#frame.className = 'frame';
    this.#canvas = document.createElement('canvas');
    this.#canvas.setAttribute('role', 'img');
    this.#canvas.setAttribute('aria-label', 'Bar chart');
    this.#frame.append(this.#canvas);
    root.append(sheet, this.#frame);
  }

  get chart(): ChartSpec | null {
    return this.#spec;
  }

  set chart(spec: ChartSpec | null) {
    this.#spec = spec;
    this.#render();
  }

  connectedCallback(): void {
    this.#render();
  }

  disconnectedCallback(): void {
    this.#destroy();
  }

  #destroy(): void {
    this.#chart?.destroy();
    this.#chart = null;
    this.removeAttribute('data-rendered');
  }

  #render(): void {
    const spec = this.#spec;
    if (!spec || !this.isConnected) {
      return;
    }
    this.#destroy();
    this.#canvas.setAttribute('aria-label', spec.summary);
    this.#frame.style.height = `var(--portal-bar-chart-height, ${PortalBarChart.#height(spec)}px)`;

    const host = getComputedStyle(this);
    const textColour = host.color || '#1a1a1a';
    const font = { family: host.fontFamily || 'sans-serif', size: 14 };
    const stackedBorders = spec.stacked && spec.series.length > 1;
    const valueScale = {
      type: 'linear' as const,
      beginAtZero: true,
      // Room above the longest bar, so that it does not touch the edge.
      grace: '5%',
      stacked: spec.stacked,
      ticks: { precision: 0, color: textColour, font },
      title: { display: spec.valueAxisTitle !== '', text: spec.valueAxisTitle, color: textColour, font },
    };
    const categoryScale = {
      type: 'category' as const,
      stacked: spec.stacked,
      ticks: { color: textColour, font },
      title: { display: spec.categoryAxisTitle !== '', text: spec.categoryAxisTitle, color: textColour, font },
    };

    const config: ChartConfiguration<'bar', (number | null)[], string> = {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: spec.series.map((series) => ({
          label: series.name,
          data: series.values,
          backgroundColor: series.colour,
          // White borders keep each segment of a stack against white, so its contrast is the colour's own.
          borderColor: '#ffffff',
          borderWidth: stackedBorders ? 2 : 0,
        })),
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // Nothing moves: the chart is drawn at once (and the marker below is set when it is complete).
        animation: false,
        scales: {
          x: spec.horizontal ? valueScale : categoryScale,
          y: spec.horizontal ? categoryScale : valueScale,
        },
        plugins: {
          legend: {
            display: spec.series.length > 1,
            position: 'bottom',
            labels: { color: textColour, font },
            // Hiding a series by clicking the legend would work with a mouse only: the legend is a key, no control.
            onClick: () => undefined,
          },
          tooltip: {
            titleFont: font,
            bodyFont: font,
            callbacks: {
              label: (item) =>
                `${spec.series[item.datasetIndex]?.name ?? ''}: ${spec.series[item.datasetIndex]?.texts[item.dataIndex] ?? ''}`,
            },
          },
        },
      },
      plugins: [
        {
          id: 'portalRenderedMarker',
          afterRender: () => this.setAttribute('data-rendered', ''),
        },
      ],
    };
    this.#chart = new Chart(this.#canvas, config);
  }

  /** Enough room for every bar: horizontal charts grow with their categories. */
  static #height(spec: ChartSpec): number {
    if (!spec.horizontal) {
      return 320;
    }
    const barsPerCategory = spec.stacked ? 1 : Math.max(1, spec.series.length);
    const legend = spec.series.length > 1 ? 40 : 0;
    return Math.max(200, spec.categories.length * barsPerCategory * 28 + 90 + legend);
  }
}

if (!customElements.get('portal-bar-chart')) {
  customElements.define('portal-bar-chart', PortalBarChart);
}
