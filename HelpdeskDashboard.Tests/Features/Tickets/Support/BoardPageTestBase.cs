using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>The board page in a live circuit over a fake board query and in-memory saved views.</summary>
public abstract class BoardPageTestBase : BunitTestBase
{
    protected BoardPageTestBase()
    {
        Context.Services.AddSingleton<IBoardQuery>(Query);
        Context.Services.AddSingleton<ISavedBoardViews>(Views);
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    internal FakeBoardQuery Query { get; } = new();

    internal FakeSavedBoardViews Views { get; } = new();
}
