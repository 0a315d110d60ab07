using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Imap;

/// <summary>
/// A throwaway Dovecot (Debian's 2.3) on a free loopback port, run as a plain foreground process from a temp folder
/// with one mailbox user, so the IMAP reader is tested against a real server instead of a fake.
/// </summary>
public sealed class DovecotServer : IAsyncLifetime
{
    /// <summary>Overridable for machines that keep Dovecot elsewhere.</summary>
    public static string DovecotPath =>
        Environment.GetEnvironmentVariable("HELPDESK_DOVECOT") is { Length: > 0 } path ? path : "/usr/sbin/dovecot";

    private string _root = "";
    private Process? _process;

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    public string UserName => "support";

    public string Password => "secret";

    public async ValueTask InitializeAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The IMAP tests run Debian's Dovecot and need Linux.");
        }

        if (!File.Exists(DovecotPath))
        {
            // Never skip: a missing server would silently drop the only real-IMAP coverage.
            throw new InvalidOperationException(
                $"Dovecot is not installed ({DovecotPath} is missing); the IMAP tests need it: apt-get install dovecot-imapd");
        }

        _root = Directory.CreateTempSubdirectory("helpdesk-dovecot-").FullName;
        // Dovecot's auth and mail processes drop to other users when started as root: they must reach the
        // password file and create the maildir.
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        var mail = Directory.CreateDirectory(Path.Combine(_root, "mail")).FullName;
        File.SetUnixFileMode(mail, (UnixFileMode)0b111_111_111);
        var users = Path.Combine(_root, "users");
        // Empty uid/gid: the mail user comes from mail_uid/mail_gid below.
        await File.WriteAllTextAsync(users, $"{UserName}:{{PLAIN}}{Password}::::::\n");
        File.SetUnixFileMode(users, (UnixFileMode)0b110_100_100);

        Port = FreePort();
        var config = Path.Combine(_root, "dovecot.conf");
        await File.WriteAllTextAsync(config, Config(mail, users));

        _process = Process.Start(new ProcessStartInfo(DovecotPath, ["-F", "-c", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{DovecotPath} did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_root.Length > 0 && Directory.Exists(_root))
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Dovecot's child processes may still be writing their last log lines; a leftover temp folder must not fail the run.
            }
        }
    }

    /// <summary>Appends a message (unflagged) to a folder of the support mailbox, INBOX by default.</summary>
    public async Task AppendAsync(MimeMessage message, CancellationToken cancellationToken, string folderName = "INBOX")
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await client.GetFolderAsync(folderName, cancellationToken);
        await folder.AppendAsync(message, MessageFlags.None, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>The Message-Id, flags and keywords of every message in a folder.</summary>
    public async Task<IReadOnlyList<StoredMessage>> ReadFlagsAsync(CancellationToken cancellationToken, string folderName = "INBOX")
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await client.GetFolderAsync(folderName, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var summaries = folder.Count == 0
            ? []
            : await folder.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.Flags, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return [.. summaries.Select(s => new StoredMessage(s.Envelope?.MessageId ?? "", s.Flags ?? MessageFlags.None, [.. s.Keywords]))];
    }

    /// <summary>The names of the folders of the support mailbox.</summary>
    public async Task<IReadOnlyList<string>> ListFoldersAsync(CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], cancellationToken: cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return [.. folders.Select(f => f.FullName)];
    }

    /// <summary>Creates a top-level folder unless it exists.</summary>
    public async Task CreateFolderAsync(string name, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var existing = await root.GetSubfoldersAsync(cancellationToken: cancellationToken);
        if (!existing.Any(f => f.Name == name))
        {
            await root.CreateAsync(name, isMessageFolder: true, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Empties every folder, so each test starts from an empty mailbox on the shared server.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], cancellationToken: cancellationToken);
        foreach (var folder in folders)
        {
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            var all = await folder.SearchAsync(SearchQuery.All, cancellationToken);
            if (all.Count > 0)
            {
                await folder.AddFlagsAsync(all, MessageFlags.Deleted, silent: true, cancellationToken);
                await folder.ExpungeAsync(cancellationToken);
            }

            await folder.CloseAsync(cancellationToken: cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(UserName, Password, cancellationToken);
        return client;
    }

    private string Config(string mail, string users)
    {
        // As root Dovecot refuses uid 0 for mail and drops privileges for its helpers, so those run as Debian's
        // dovecot/dovenull users; as anyone else it cannot switch users, so everything runs as the current one.
        var root = Environment.IsPrivilegedProcess;
        var loginUser = root ? "dovenull" : Environment.UserName;
        var internalUser = root ? "dovecot" : Environment.UserName;
        var internalGroup = root ? "dovecot" : Run("id", "-gn");
        var mailUid = root ? "dovecot" : Run("id", "-u");
        var mailGid = root ? "dovecot" : Run("id", "-g");
        return $$"""
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            auth_failure_delay = 0
            base_dir = {{_root}}/run
            state_dir = {{_root}}/state
            log_path = {{_root}}/dovecot.log
            default_login_user = {{loginUser}}
            default_internal_user = {{internalUser}}
            default_internal_group = {{internalGroup}}
            mail_uid = {{mailUid}}
            mail_gid = {{mailGid}}
            first_valid_uid = 1
            mail_location = maildir:{{mail}}/%u
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
              # No growing per-address delay after failed logins (the wrong-password test would wait seconds).
              unix_listener anvil-auth-penalty {
                mode = 0
              }
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{users}}
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{users}}
            }

            """;
    }

    private async Task WaitUntilListeningAsync()
    {
        // Bounded: Dovecot normally listens within a few hundred milliseconds.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Dovecot exited with code {_process.ExitCode} before listening:\n{Log()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException($"Dovecot did not listen on {Host}:{Port} within 15 s ({e.Message}):\n{Log()}", e);
            }
        }
    }

    private string Log()
    {
        var path = Path.Combine(_root, "dovecot.log");
        return File.Exists(path) ? File.ReadAllText(path) : "(no log written)";
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}

/// <summary>One message as the server holds it.</summary>
public sealed record StoredMessage(string MessageId, MessageFlags Flags, IReadOnlyList<string> Keywords);

[CollectionDefinition(Name)]
public sealed class DovecotCollection : ICollectionFixture<DovecotServer>
{
    public const string Name = "Dovecot";
}
