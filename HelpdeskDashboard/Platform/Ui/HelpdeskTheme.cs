using MudBlazor;

namespace HelpdeskDashboard.Platform.Ui;

/// <summary>
/// The app's colours. Every text colour reaches WCAG AA (4.5:1) against the background it is drawn on,
/// in light and dark mode; ThemeContrastTests holds the palettes to that.
/// </summary>
public static class HelpdeskTheme
{
    // System fonts only: the app must not fetch web fonts.
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565C0",
            PrimaryContrastText = "#FFFFFF",
            Secondary = "#6A1B9A",
            SecondaryContrastText = "#FFFFFF",
            Tertiary = "#00695C",
            TertiaryContrastText = "#FFFFFF",
            Info = "#0B6BA8",
            InfoContrastText = "#FFFFFF",
            Success = "#2E7D32",
            SuccessContrastText = "#FFFFFF",
            Warning = "#8A5300",
            WarningContrastText = "#FFFFFF",
            Error = "#C62828",
            ErrorContrastText = "#FFFFFF",
            Background = "#F5F7FA",
            Surface = "#FFFFFF",
            TextPrimary = "#1F2328",
            TextSecondary = "#4A5560",
            ActionDefault = "#4A5560",
            AppbarBackground = "#0D47A1",
            AppbarText = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#1F2328",
            DrawerIcon = "#4A5560",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90CAF9",
            PrimaryContrastText = "#0B1929",
            Secondary = "#CE93D8",
            SecondaryContrastText = "#0B1929",
            Tertiary = "#80CBC4",
            TertiaryContrastText = "#0B1929",
            Info = "#81D4FA",
            InfoContrastText = "#0B1929",
            Success = "#A5D6A7",
            SuccessContrastText = "#0B1929",
            Warning = "#FFCC80",
            WarningContrastText = "#0B1929",
            Error = "#EF9A9A",
            ErrorContrastText = "#0B1929",
            Background = "#121417",
            Surface = "#1E2227",
            TextPrimary = "#E8EAED",
            TextSecondary = "#B4BCC6",
            ActionDefault = "#B4BCC6",
            AppbarBackground = "#1A2330",
            AppbarText = "#E8EAED",
            DrawerBackground = "#181B20",
            DrawerText = "#E8EAED",
            DrawerIcon = "#B4BCC6",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
