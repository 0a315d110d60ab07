using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data;

/// <summary>The helpdesk's SQLite database. Features add their entities here.</summary>
public sealed class HelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options) : DbContext(options);
