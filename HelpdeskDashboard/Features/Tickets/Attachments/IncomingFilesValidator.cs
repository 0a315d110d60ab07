using FluentValidation;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>
/// What can be said before reading a byte: how many files, refused types, declared sizes. The real sizes are
/// enforced again while the bytes stream in (<see cref="AttachmentIntake"/>), since a declared size can lie.
/// </summary>
public sealed class IncomingFilesValidator : AbstractValidator<IReadOnlyList<IncomingFile>>
{
    public IncomingFilesValidator(IOptions<AttachmentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;

        RuleFor(files => files.Count).LessThanOrEqualTo(limits.MaxFilesPerMessage).OverridePropertyName("Attachments")
            .WithMessage(files => $"Attach at most {limits.MaxFilesPerMessage} files to one message; there are {files.Count}.");
        RuleForEach(files => files).ChildRules(file =>
        {
            file.RuleFor(f => f.Name).Must(name => !limits.IsRefused(AttachmentFileName.Clean(name)))
                .WithMessage(f => $"\"{AttachmentFileName.Clean(f.Name)}\" cannot be attached: files of type .{AttachmentFileName.Extension(AttachmentFileName.Clean(f.Name))} are refused (programs and scripts). Put it in a zip archive.");
            file.RuleFor(f => f.DeclaredSize).LessThanOrEqualTo(limits.MaxFileBytes)
                .WithMessage(f => $"\"{AttachmentFileName.Clean(f.Name)}\" is {AttachmentSize.Text(f.DeclaredSize ?? 0)}; one file can be at most {AttachmentSize.Text(limits.MaxFileBytes)}.");
        });
        RuleFor(files => files.Sum(f => f.DeclaredSize ?? 0)).LessThanOrEqualTo(limits.MaxMessageBytes).OverridePropertyName("Attachments")
            .WithMessage(files => $"The files add up to {AttachmentSize.Text(files.Sum(f => f.DeclaredSize ?? 0))}; one message can carry at most {AttachmentSize.Text(limits.MaxMessageBytes)}.");
    }
}
