using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets.Board.SavedViews;

public sealed class SaveBoardViewValidator : AbstractValidator<SaveBoardView>
{
    public const int NameMaxLength = 60;
    public const int QueryMaxLength = 400;

    public SaveBoardViewValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the view a name.")
            .Must(name => name.Trim().Length <= NameMaxLength).WithMessage($"A view's name has at most {NameMaxLength} characters.");
        RuleFor(c => c.Filter).NotNull();
        RuleFor(c => c.Filter.Search)
            .MaximumLength(BoardLink.SearchMaxLength).WithMessage($"The search has at most {BoardLink.SearchMaxLength} characters.")
            .When(c => c.Filter is not null);
    }
}
