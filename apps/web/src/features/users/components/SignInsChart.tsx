import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SignInDay } from '../sign-ins-by-day';

const HEIGHT = 160;
const HALF_DAY = 43_200;

/** A canvas cannot read CSS variables, so the theme's colours are looked up once per chart. */
function themeColour(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

function chartOptions(target: Element, width: number): uPlot.Options {
  const bar = themeColour(target, '--color-primary');
  const grid = themeColour(target, '--color-border');
  const axis = { stroke: themeColour(target, '--color-text-muted'), grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  return {
    width,
    height: HEIGHT,
    // The figure's text alternative carries the numbers; a pointer-only legend would add nothing for the keyboard.
    legend: { show: false },
    cursor: { show: false },
    // Days are UTC calendar days, as the server counts them; the browser's zone would shift the bars.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    // Half a day of room on each side, so the first and last day's bars are not cut in half.
    scales: { x: { time: true, range: (_self, min, max) => [min - HALF_DAY, max + HALF_DAY] }, y: { range: (_self, _min, max) => [0, Math.max(1, max)] } },
    axes: [axis, { ...axis, size: 40, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }],
    series: [{}, { stroke: bar, fill: bar, width: 0, paths: uPlot.paths.bars?.({ size: [0.8, 8, 1] }) }],
  };
}

/** The bars of the sign-ins per day; loaded lazily so uPlot stays out of the admin entry. */
export function SignInsChart({ days }: { days: readonly SignInDay[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = container.current;
    if (!target) return;
    const data: uPlot.AlignedData = [days.map((entry) => Date.parse(`${entry.day}T00:00:00Z`) / 1000), days.map((entry) => entry.signIns)];
    const plot = new uPlot(chartOptions(target, Math.max(target.clientWidth, 200)), data, target);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(target.clientWidth, 200), height: HEIGHT }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days]);

  return <div ref={container} className="sign-ins-chart__plot" data-testid="sign-ins-chart" />;
}
