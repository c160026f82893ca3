using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Text;

namespace VanishingGradientsSample;

/// <summary>One line of a <see cref="SvgPlot"/>: y values at x = 1, 2, …</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Colour">An SVG colour.</param>
/// <param name="Values">The y values; zeros, negatives and non-finite values are left out of the line.</param>
public sealed record Series(string Name, string Colour, double[] Values);

/// <summary>
/// A minimal line chart as SVG text: x = 1…n linear, y on a log₁₀ scale with a grid line per decade, one
/// polyline per series, dashed horizontal guide lines, a legend. Hand-written so the sample needs no plotting
/// package.
/// </summary>
public static class SvgPlot
{
    private const double Width = 760, Height = 460;
    private const double Left = 80, Right = 200, Top = 40, Bottom = 60;

    /// <summary>Renders the chart.</summary>
    /// <param name="title">The title above the plot.</param>
    /// <param name="xLabel">The x axis label.</param>
    /// <param name="yLabel">The y axis label.</param>
    /// <param name="series">The lines; at least one positive finite value among them.</param>
    /// <param name="guides">Labelled horizontal lines (thresholds); drawn when inside the plotted range.</param>
    /// <returns>A complete SVG document.</returns>
    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<Series> series,
        IReadOnlyList<(double Value, string Label)> guides)
    {
        int count = series.Max(s => s.Values.Length);
        double[] plotted = series.SelectMany(s => s.Values).Where(IsPlotted).ToArray();
        if (plotted.Length == 0)
        {
            throw new ArgumentException("No positive finite value to plot.", nameof(series));
        }

        // Whole decades, so every grid line is a power of ten.
        int lowDecade = (int)Math.Floor(Math.Log10(plotted.Min()));
        int highDecade = Math.Max(lowDecade + 1, (int)Math.Ceiling(Math.Log10(plotted.Max())));
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double X(double i) => Left + (count == 1 ? 0.5 : (i - 1) / (count - 1)) * plotWidth;
        double Y(double v) => Top + (highDecade - Math.Log10(v)) / (highDecade - lowDecade) * plotHeight;

        var svg = new StringBuilder();
        Line(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        Line(svg, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        Line(svg, $"<text x=\"{Left + plotWidth / 2}\" y=\"{Top - 15}\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>");

        // A labelled grid line per decade; with many decades, every second or third label only.
        int labelStep = (highDecade - lowDecade + 9) / 10;
        for (int d = lowDecade; d <= highDecade; d++)
        {
            double y = Y(Math.Pow(10, d));
            Line(svg, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Left + plotWidth}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>");
            if ((d - lowDecade) % labelStep == 0)
            {
                Line(svg, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">1e{d}</text>");
            }
        }

        for (int i = 1; i <= count; i++)
        {
            Line(svg, $"<line x1=\"{F(X(i))}\" y1=\"{Top + plotHeight}\" x2=\"{F(X(i))}\" y2=\"{Top + plotHeight + 4}\" stroke=\"black\"/>");
            Line(svg, $"<text x=\"{F(X(i))}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\">{i}</text>");
        }

        foreach (var (value, label) in guides)
        {
            double y = Y(value);
            if (y >= Top && y <= Top + plotHeight)
            {
                Line(svg, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Left + plotWidth}\" y2=\"{F(y)}\" stroke=\"#888\" stroke-dasharray=\"6 4\"/>");
                Line(svg, $"<text x=\"{Left + 6}\" y=\"{F(y - 5)}\" fill=\"#555\">{Escape(label)}</text>");
            }
        }

        Line(svg, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"black\"/>");
        Line(svg, $"<text x=\"{Left + plotWidth / 2}\" y=\"{Height - 15}\" text-anchor=\"middle\">{Escape(xLabel)}</text>");
        Line(svg, $"<text transform=\"translate(20 {Top + plotHeight / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(yLabel)}</text>");

        for (int k = 0; k < series.Count; k++)
        {
            Series s = series[k];
            foreach (string points in Segments(s.Values, X, Y))
            {
                Line(svg, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\"/>");
            }

            double legendY = Top + 10 + 20 * k;
            double legendX = Left + plotWidth + 15;
            Line(svg, $"<line x1=\"{legendX}\" y1=\"{legendY}\" x2=\"{legendX + 24}\" y2=\"{legendY}\" stroke=\"{s.Colour}\" stroke-width=\"2\"/>");
            Line(svg, $"<text x=\"{legendX + 30}\" y=\"{legendY + 4}\">{Escape(s.Name)}</text>");
        }

        Line(svg, $"</svg>");
        return svg.ToString();
    }

    // A value that cannot go on a log scale breaks the line in two rather than dropping to the axis.
    private static IEnumerable<string> Segments(double[] values, Func<double, double> x, Func<double, double> y)
    {
        var points = new List<string>();
        for (int i = 0; i < values.Length; i++)
        {
            if (IsPlotted(values[i]))
            {
                points.Add($"{F(x(i + 1))},{F(y(values[i]))}");
            }
            else if (points.Count > 0)
            {
                yield return string.Join(" ", points);
                points.Clear();
            }
        }

        if (points.Count > 0)
        {
            yield return string.Join(" ", points);
        }
    }

    private static bool IsPlotted(double v) => v > 0 && double.IsFinite(v);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);

    // FormattableString only, so every number in the document is written in the invariant culture.
    private static void Line(StringBuilder svg, FormattableString text) =>
        svg.Append(FormattableString.Invariant(text)).Append('\n');
}
