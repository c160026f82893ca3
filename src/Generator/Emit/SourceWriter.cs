using System;
using System.Text;

namespace AutoDiffGen.Generator.Emit;

/// <summary>Builds source text with four-space indentation and '\n' line ends on every host.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder text = new();
    private int indent;

    public void Line(string line = "")
    {
        if (line.Length > 0) text.Append(' ', indent * 4).Append(line);
        text.Append('\n');
    }

    /// <summary>Writes <c>{</c>, indents until the returned scope is disposed, then writes <c>}</c>.</summary>
    public IDisposable Block(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        indent++;
        return new Scope(this);
    }

    /// <summary>Indents until the returned scope is disposed, without braces (a lambda body the caller brackets).</summary>
    public IDisposable Indented()
    {
        indent++;
        return new Unindent(this);
    }

    public override string ToString() => text.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly SourceWriter writer;

        public Scope(SourceWriter writer) => this.writer = writer;

        public void Dispose()
        {
            writer.indent--;
            writer.Line("}");
        }
    }

    private sealed class Unindent : IDisposable
    {
        private readonly SourceWriter writer;

        public Unindent(SourceWriter writer) => this.writer = writer;

        public void Dispose() => writer.indent--;
    }
}
