import { createRequire } from "node:module";
import { FONT_FAMILY } from "./chart.ts";

export const CHART_SIZE = { width: 800, height: 360 } as const;

type Renderers = { toSvg: (option: Record<string, unknown>) => string; toPng: (svg: string) => Buffer };
let renderers: Promise<Renderers> | undefined;

/**
 * ECharts draws in server-side SVG mode (no canvas, no browser); resvg turns the SVG into a PNG with the
 * DejaVu Sans file from its npm package, never the machine's fonts, so labels look the same everywhere.
 * Both load on the first chart, so a bot that never posts a digest does not carry them.
 */
async function load(): Promise<Renderers> {
  const [echarts, charts, components, svgRenderer, { Resvg }] = await Promise.all([
    import("echarts/core"),
    import("echarts/charts"),
    import("echarts/components"),
    import("echarts/renderers"),
    import("@resvg/resvg-js"),
  ]);
  echarts.use([charts.BarChart, charts.LineChart, components.GridComponent, components.LegendComponent, components.TitleComponent, svgRenderer.SVGRenderer]);
  const fontFile = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
  return {
    toSvg(option) {
      const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...CHART_SIZE });
      try {
        chart.setOption(option);
        return chart.renderToSVGString();
      } finally {
        chart.dispose();
      }
    },
    toPng(svg) {
      const font = { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
      return new Resvg(svg, { font, fitTo: { mode: "width", value: CHART_SIZE.width } }).render().asPng();
    },
  };
}

export interface RenderedChart {
  svg: string;
  png: Buffer;
}

export async function renderChart(option: Record<string, unknown>): Promise<RenderedChart> {
  renderers ??= load();
  const { toSvg, toPng } = await renderers;
  const svg = toSvg(option);
  return { svg, png: toPng(svg) };
}
