using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HelpdeskDashboard.LoadTest;

/// <summary>The app's login form, filled in and posted as a browser does: its hidden fields (antiforgery token, form name) and the credentials.</summary>
public static class FormSignIn
{
    /// <summary>Signs <paramref name="http"/> in (its handler keeps the cookie); throws when the app does not let the account in.</summary>
    public static async Task SignInAsync(HttpClient http, string email, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var loginPage = await http.GetStringAsync("/Account/Login", cancellationToken);
        var form = new HtmlParser().ParseDocument(loginPage).QuerySelector("form[method=post]") as IHtmlFormElement
            ?? throw new LoadTestException("The login page has no form.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name) && input.Type is "hidden")
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Append(new("Input.Email", email))
            .Append(new("Input.Password", password));
        using var content = new FormUrlEncodedContent(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? "/Account/Login" : form.GetAttribute("action")!;
        using var response = await http.PostAsync(action, content, cancellationToken);
        if (!response.IsSuccessStatusCode || response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) != false)
        {
            throw new LoadTestException($"Sign-in as {email} failed ({(int)response.StatusCode}, ended on {response.RequestMessage?.RequestUri}).");
        }
    }
}
