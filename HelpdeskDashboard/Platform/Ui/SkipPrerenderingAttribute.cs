namespace HelpdeskDashboard.Platform.Ui;

/// <summary>
/// A page that starts in the circuit without prerendered HTML. For a page whose content only exists in the circuit
/// (live rows, countdowns), prerendering costs the server a render and the browser a layout of HTML that is thrown
/// away when the circuit renders, and so delays the moment the page can be used. The browser shows
/// <see cref="LoadingText"/> until the circuit has rendered. App reads this from the page's endpoint metadata.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SkipPrerenderingAttribute(string loadingText) : Attribute
{
    public string LoadingText { get; } = loadingText;
}
