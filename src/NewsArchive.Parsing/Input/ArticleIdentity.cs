using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Parsing.Input;

/// <summary>
/// The article id: the first 16 hex digits of SHA-256 over the normalised text, in which every
/// whitespace run that holds a line break becomes one <c>\n</c> and every other run one space. So the
/// same text gives the same id whatever its file name, encoding, line ends or blank lines.
/// </summary>
public static class ArticleIdentity
{
    public static string IdOf(string normalizedText)
    {
        var sb = new StringBuilder(normalizedText.Length);
        var run = false;
        var runHasNewline = false;
        foreach (var c in normalizedText)
        {
            if (char.IsWhiteSpace(c))
            {
                run = true;
                runHasNewline |= c == '\n';
                continue;
            }
            if (run && sb.Length > 0) sb.Append(runHasNewline ? '\n' : ' ');
            run = runHasNewline = false;
            sb.Append(c);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
