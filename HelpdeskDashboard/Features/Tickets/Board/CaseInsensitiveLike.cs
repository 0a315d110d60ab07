using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// A predicate is written once with <c>EF.Functions.Like</c>; on PostgreSQL, where LIKE never ignores case, each Like
/// becomes ILIKE with the same arguments. SQLite's LIKE already ignores case (for ASCII letters) and has no ILIKE.
/// </summary>
internal static class CaseInsensitiveLike
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> For<T>(Expression<Func<T, bool>> predicate, bool postgreSql) =>
        postgreSql ? (Expression<Func<T, bool>>)new LikeToILike().Visit(predicate) : predicate;

    private sealed class LikeToILike : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) => node.Method == Like
            ? Expression.Call(ILike, node.Arguments.Select(Visit)!)
            : base.VisitMethodCall(node);
    }
}
