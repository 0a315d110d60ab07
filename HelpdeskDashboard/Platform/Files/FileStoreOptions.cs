using FluentValidation;

namespace HelpdeskDashboard.Platform.Files;

/// <summary>The "Files" section: where attachments and received mails are kept, outside the database.</summary>
public sealed class FileStoreOptions
{
    public const string SectionName = "Files";

    /// <summary>Relative paths are anchored at the app's content root, like the database file.</summary>
    public string Root { get; set; } = "App_Data/files";
}

public sealed class FileStoreOptionsValidator : AbstractValidator<FileStoreOptions>
{
    public FileStoreOptionsValidator()
    {
        RuleFor(o => o.Root).NotEmpty().WithMessage("must name a folder for attachments and received mail")
            .Must(root => root is null || root.IndexOfAny(Path.GetInvalidPathChars()) < 0).WithMessage("'{PropertyValue}' is not a valid folder path");
    }
}
