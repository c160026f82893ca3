using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// <c>goto label;</c> forward, to a label of an enclosing block (Swift's labelled <c>break</c>, C's early exit to a
/// common end): the goto sets a flag, every loop between it and the label ends (<c>LoopExits</c>), and the statements
/// of the label's block up to the label run only while the flag is not set. A goto backward, into a block, out of a
/// switch section or a local function is reported.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>The labels every goto to which can be lowered.</summary>
    private readonly HashSet<ILabelSymbol> forwardLabels = new(SymbolEqualityComparer.Default);

    /// <summary>Finds the labels of the body whose gotos all jump forward within an enclosing block.</summary>
    private void CollectForwardLabels(IOperation body)
    {
        ILabeledOperation[] labeled = body.Descendants().OfType<ILabeledOperation>().ToArray();
        foreach (IGrouping<ILabelSymbol, IBranchOperation> gotos in body.Descendants().OfType<IBranchOperation>()
            .Where(b => b.BranchKind == BranchKind.GoTo && b.Target is not null)
            .GroupBy(b => b.Target, SymbolEqualityComparer.Default as IEqualityComparer<ILabelSymbol>))
        {
            ILabeledOperation? target = labeled.FirstOrDefault(l => SymbolEqualityComparer.Default.Equals(l.Label, gotos.Key));
            if (target is not null && gotos.All(g => JumpsForward(g, target))) forwardLabels.Add(gotos.Key);
        }
    }

    /// <summary>Whether <paramref name="jump"/> lies in a statement of the label's block before the label, with no switch or function between.</summary>
    private static bool JumpsForward(IBranchOperation jump, ILabeledOperation target)
    {
        if (target.Parent is not IBlockOperation block) return false;
        IOperation statement = jump;
        foreach (IOperation ancestor in jump.Ancestors())
        {
            if (ancestor == block) break;
            if (ancestor is ISwitchOperation or ILocalFunctionOperation or IAnonymousFunctionOperation) return false;
            statement = ancestor;
        }
        int from = block.Operations.IndexOf(statement);
        return from >= 0 && from < block.Operations.IndexOf(target);
    }

    /// <summary>A block's statements; before each label with forward gotos, what lies between a goto and it is skipped.</summary>
    private void Block(IBlockOperation block, List<Stmt> into)
    {
        int start = into.Count;
        foreach (IOperation child in block.Operations)
        {
            if (child is ILabeledOperation labeled && forwardLabels.Contains(labeled.Label))
            {
                List<Stmt> before = into.GetRange(start, into.Count - start);
                into.RemoveRange(start, into.Count - start);
                into.AddRange(loopExits.SkipToLabel(before, labeled.Label.Name));
            }
            Statement(child, into);
        }
    }

    /// <summary><c>goto label;</c>: a <see cref="Goto"/> when the label takes forward gotos, else reported.</summary>
    private void GotoStatement(IBranchOperation jump, List<Stmt> into)
    {
        if (jump.Target is { } label && forwardLabels.Contains(label))
        {
            into.Add(new Goto(Text(jump.Syntax), label.Name));
            return;
        }
        Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(jump.Syntax),
            "only a goto forward to a label of an enclosing block (not backward, into a block, or out of a switch section) is supported; write the loop as a for or while loop");
    }
}
