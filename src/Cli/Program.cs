using System;
using AutoDiffGen.Cli;

return Viewer.Run(args, Console.Out, Console.Error);
