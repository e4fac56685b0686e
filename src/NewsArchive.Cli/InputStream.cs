using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsArchive.Cli;

/// <summary>
/// Opens an input for reading without blocking: .NET opens a named pipe (FIFO) with a plain open(2), which
/// waits for a writer that may never come, so one FIFO in a folder would hang the import. On Linux the
/// file is opened with O_NONBLOCK (no effect on regular files), and the caller refuses what cannot seek.
/// </summary>
internal static partial class InputStream
{
    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000;
    private const int NoEntry = 2, NotFolder = 20, Access = 13, NotPermitted = 1;

    public static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux())
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        var fd = OpenFile(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                NoEntry or NotFolder => new FileNotFoundException(InputErrors.NoSuchFile, path),
                Access or NotPermitted => new UnauthorizedAccessException(InputErrors.PermissionDenied),
                _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
            };
        }
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFile(string path, int flags);
}
