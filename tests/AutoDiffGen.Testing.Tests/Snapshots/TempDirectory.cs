using System;
using System.Collections.Generic;
using System.IO;

namespace AutoDiffGen.Testing.Tests.Snapshots;

/// <summary>A fresh directory per test and a fake environment, so snapshot tests touch nothing real.</summary>
public abstract class TempDirectory : IDisposable
{
    protected TempDirectory() => Directory.CreateDirectory(Root);

    protected string Root { get; } = Path.Combine(Path.GetTempPath(), "adgen-testing-" + Guid.NewGuid().ToString("N"));

    protected Dictionary<string, string> Environment { get; } = new();

    protected string? Lookup(string name) => Environment.TryGetValue(name, out string? value) ? value : null;

    protected string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
