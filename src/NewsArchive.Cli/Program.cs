using System.Text;
using NewsArchive.Cli;

// stdout through one buffer, flushed at the end: a line per write() costs more than the query behind it.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
Console.SetOut(stdout);
try
{
    return Cli.Run(args, Console.Out, Console.Error);
}
finally
{
    Console.Out.Flush();
}
