using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Accounts;

internal sealed class ApplicationUserConfiguration :
    IEntityTypeConfiguration<ApplicationUser>, IEntityTypeConfiguration<Agent>, IEntityTypeConfiguration<CustomerUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(ContactLimits.DisplayNameMaxLength);

    // A link must point at a real account; deleting the account keeps the person and their history.
    public void Configure(EntityTypeBuilder<Agent> builder) =>
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.IdentityUserId).OnDelete(DeleteBehavior.SetNull);

    public void Configure(EntityTypeBuilder<CustomerUser> builder) =>
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.IdentityUserId).OnDelete(DeleteBehavior.SetNull);
}
