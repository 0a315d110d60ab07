using HelpdeskDashboard.Platform.Ui;
using MudBlazor;
using MudBlazor.Utilities;

namespace HelpdeskDashboard.Tests.Platform.Ui;

/// <summary>WCAG 2.x AA: normal text needs a contrast ratio of at least 4.5:1 with what it is drawn on.</summary>
public sealed class ThemeContrastTests
{
    private const double NormalTextMinimum = 4.5;

    public static TheoryData<string, Func<Palette, MudColor>, Func<Palette, MudColor>> TextPairs => new()
    {
        { "body text on background", p => p.TextPrimary, p => p.Background },
        { "body text on cards", p => p.TextPrimary, p => p.Surface },
        { "secondary text on background", p => p.TextSecondary, p => p.Background },
        { "secondary text on cards", p => p.TextSecondary, p => p.Surface },
        { "app bar text", p => p.AppbarText, p => p.AppbarBackground },
        { "drawer text", p => p.DrawerText, p => p.DrawerBackground },
        { "active navigation link", p => p.Primary, p => p.DrawerBackground },
        { "links and outlined buttons on background", p => p.Primary, p => p.Background },
        { "links and outlined buttons on cards", p => p.Primary, p => p.Surface },
        { "filled primary button", p => p.PrimaryContrastText, p => p.Primary },
        { "filled secondary button", p => p.SecondaryContrastText, p => p.Secondary },
        { "filled tertiary button", p => p.TertiaryContrastText, p => p.Tertiary },
        { "error text on cards", p => p.Error, p => p.Surface },
        { "filled error alert", p => p.ErrorContrastText, p => p.Error },
        { "warning text on cards", p => p.Warning, p => p.Surface },
        { "filled warning alert", p => p.WarningContrastText, p => p.Warning },
        { "success text on cards", p => p.Success, p => p.Surface },
        { "filled success alert", p => p.SuccessContrastText, p => p.Success },
        { "info text on cards", p => p.Info, p => p.Surface },
        { "filled info alert", p => p.InfoContrastText, p => p.Info },
    };

    [Theory]
    [MemberData(nameof(TextPairs))]
    public void Light_palette_meets_AA(string label, Func<Palette, MudColor> text, Func<Palette, MudColor> background) =>
        AssertReadable(label, HelpdeskTheme.Theme.PaletteLight, text, background);

    [Theory]
    [MemberData(nameof(TextPairs))]
    public void Dark_palette_meets_AA(string label, Func<Palette, MudColor> text, Func<Palette, MudColor> background) =>
        AssertReadable(label, HelpdeskTheme.Theme.PaletteDark, text, background);

    [Fact]
    public void Contrast_formula_matches_known_values()
    {
        Assert.Equal(21.0, ContrastRatio(new MudColor("#000000"), new MudColor("#FFFFFF")), precision: 2);
        Assert.Equal(1.0, ContrastRatio(new MudColor("#777777"), new MudColor("#777777")), precision: 2);
        // #767676 on white is the classic lightest AA grey.
        Assert.Equal(4.54, ContrastRatio(new MudColor("#767676"), new MudColor("#FFFFFF")), precision: 2);
    }

    private static void AssertReadable(string label, Palette palette, Func<Palette, MudColor> text, Func<Palette, MudColor> background)
    {
        var ratio = ContrastRatio(text(palette), background(palette));
        Assert.True(ratio >= NormalTextMinimum, $"{label}: contrast {ratio:0.00}:1 is below {NormalTextMinimum}:1");
    }

    private static double ContrastRatio(MudColor first, MudColor second)
    {
        Assert.Equal(255, first.A);
        Assert.Equal(255, second.A);
        var (lighter, darker) = (Luminance(first), Luminance(second)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(MudColor color) =>
        (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
