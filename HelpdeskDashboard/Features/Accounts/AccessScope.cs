using System.Linq.Expressions;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Which customers' data a user may read: all of them (the support team), one (a customer user) or none.
/// Every query for customer-owned rows starts from <see cref="Apply{T}"/>; each feature names its rows' customer
/// column once (e.g. <c>TicketScope</c>), so this rule knows no feature's entities.
/// </summary>
public abstract record AccessScope
{
    public static AccessScope Everything { get; } = new EverythingScope();

    public static AccessScope Nothing { get; } = new NothingScope();

    public static AccessScope OneCustomer(int customerId) => new CustomerScope(customerId);

    /// <summary>The rows of <paramref name="rows"/> this scope may read; <paramref name="customerIdOf"/> names the owning customer.</summary>
    public abstract IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, int>> customerIdOf);

    private sealed record EverythingScope : AccessScope
    {
        public override IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, int>> customerIdOf) => rows;
    }

    private sealed record NothingScope : AccessScope
    {
        public override IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, int>> customerIdOf) => rows.Where(_ => false);
    }

    private sealed record CustomerScope(int CustomerId) : AccessScope
    {
        public override IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, int>> customerIdOf)
        {
            // customerIdOf(row) == this.CustomerId, read from this record so the database sees a parameter, not a constant.
            var owner = Expression.Equal(customerIdOf.Body, Expression.Property(Expression.Constant(this), nameof(CustomerId)));
            return rows.Where(Expression.Lambda<Func<T, bool>>(owner, customerIdOf.Parameters));
        }
    }
}
