using System;

namespace AutoDiffGen.Testing;

/// <summary>
/// A snapshot is missing, differs from its verified file, or a verified file is no longer produced.
/// The message has Verify's layout (a <c>Directory:</c> line, <c>New</c>/<c>NotEqual</c>/<c>Delete</c>
/// sections, then <c>FileContent:</c>). A plain exception, so every test framework reports it as a failure.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with its report as the message.</summary>
    public SnapshotMismatchException(string message) : base(message) { }
}
