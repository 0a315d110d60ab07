using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// The writer scenario's changes, made through the app's ticket API as a signed-in manager would: an internal note, a
/// status change (on hold and back) and a reassignment, in turn, on the tickets the boards show, so every change fans
/// out to the open boards through the app's change hub.
/// </summary>
public sealed class ApiTicketWriter : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly IReadOnlyList<int> _tickets;
    private readonly IReadOnlyList<int> _agents;

    private ApiTicketWriter(HttpClient http, IReadOnlyList<int> tickets, IReadOnlyList<int> agents)
    {
        _http = http;
        _tickets = tickets;
        _agents = agents;
    }

    public int TicketCount => _tickets.Count;

    /// <summary>Signs in, takes the API's antiforgery token, the active agents and the ticket ids the board at <paramref name="boardPath"/> shows.</summary>
    public static async Task<ApiTicketWriter> ConnectAsync(Uri baseAddress, string email, string password, string boardPath, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = baseAddress };
        try
        {
            await FormSignIn.SignInAsync(http, email, password, cancellationToken);
            var token = await http.GetFromJsonAsync<AntiforgeryAnswer>("/api/antiforgery", Json, cancellationToken)
                ?? throw new LoadTestException("GET /api/antiforgery answered nothing.");
            http.DefaultRequestHeaders.Add(token.Header, token.Token);
            var agents = (await http.GetFromJsonAsync<List<AgentAnswer>>("/api/agents", Json, cancellationToken) ?? []).Select(a => a.Id).ToList();
            // The board's first page as JSON (GET /api/tickets takes the board's query string).
            var query = boardPath.Contains('?', StringComparison.Ordinal) ? boardPath[boardPath.IndexOf('?', StringComparison.Ordinal)..] : "";
            var board = await http.GetFromJsonAsync<TicketListAnswer>($"/api/tickets{query}", Json, cancellationToken);
            var tickets = (board?.Tickets ?? []).Select(t => t.Id).ToList();
            if (tickets.Count == 0 || agents.Count < 2)
            {
                throw new LoadTestException($"The writer found {tickets.Count} tickets on {boardPath} and {agents.Count} agents; it needs tickets and two agents.");
            }

            return new ApiTicketWriter(http, tickets, agents);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Change number <paramref name="number"/> (1, 2, …): a note, a status change or a reassignment, on the tickets in turn.</summary>
    public async Task WriteAsync(int number, CancellationToken cancellationToken)
    {
        var ticket = _tickets[(number - 1) % _tickets.Count];
        var current = await _http.GetFromJsonAsync<TicketAnswer>($"/api/tickets/{ticket}", Json, cancellationToken)
            ?? throw new LoadTestException($"GET /api/tickets/{ticket} answered nothing.");
        using var response = ((number - 1) % 3) switch
        {
            0 => await _http.PostAsJsonAsync($"/api/tickets/{ticket}/replies",
                new { expectedVersion = current.Version, body = $"Load test note {number}.", internalNote = true }, Json, cancellationToken),
            1 => await _http.PutAsJsonAsync($"/api/tickets/{ticket}/status",
                new { expectedVersion = current.Version, status = current.Status == "OnHold" ? "Open" : "OnHold" }, Json, cancellationToken),
            _ => await AssignAsync(ticket, current.Version, current.AssigneeAgentId, number, cancellationToken),
        };
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadTestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private async Task<HttpResponseMessage> AssignAsync(int ticket, int version, int? assignee, int number, CancellationToken cancellationToken)
    {
        var agent = _agents[number / 3 % _agents.Count];
        if (agent == assignee)
        {
            agent = _agents[(number / 3 + 1) % _agents.Count];
        }

        return await _http.PutAsJsonAsync($"/api/tickets/{ticket}/assignee", new { expectedVersion = version, agentId = agent }, Json, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private sealed record AntiforgeryAnswer(string Token, string Header);

    private sealed record AgentAnswer(int Id);

    private sealed record TicketAnswer(int Id, int Version, string Status, int? AssigneeAgentId);

    private sealed record TicketListAnswer(List<TicketAnswer> Tickets);
}
