using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Creates the customers (tiers are filled in later from their order history) and their people.</summary>
internal sealed class DemoCustomerBuilder(DemoClock clock, Random random)
{
    public void Build(DemoDataSet data)
    {
        var companies = DemoCompanies.All;
        for (var index = 0; index < companies.Count; index++)
        {
            var company = companies[index];
            var customer = new Customer
            {
                Id = index + 1,
                CompanyName = company.Name,
                ContactEmail = $"support@{company.Domain}",
                Country = company.Country,
                DisplayTimeZone = company.TimeZone,
            };
            ApplySubscription(customer, company.Subscription);
            data.Customers.Add(customer);
            AddPeople(data, customer, company, index);
        }
    }

    private string CompanyZone => clock.Calendar.TimeZone.Id;

    private void ApplySubscription(Customer customer, DemoSubscription? subscription)
    {
        if (subscription is null)
        {
            return;
        }

        var current = clock.CurrentQuarter;
        customer.SubscriptionTier = subscription.Plan;
        customer.SubscriptionBilling = subscription.Billing;
        customer.SubscriptionStartUtcTicks = clock.StartOf(current.Offset(subscription.StartQuarterOffset)).UtcTicks;
        customer.SubscriptionEndUtcTicks = subscription.EndQuarterOffset is { } end
            ? clock.StartOf(current.Offset(end)).UtcTicks
            : null;
    }

    private void AddPeople(DemoDataSet data, Customer customer, DemoCompany company, int index)
    {
        var demoEmail = index switch
        {
            DemoCompanies.GoldDemoCustomer => DemoPeople.GoldCustomerEmail,
            DemoCompanies.BasicDemoCustomer => DemoPeople.BasicCustomerEmail,
            _ => null,
        };
        if (demoEmail is not null)
        {
            var name = index == DemoCompanies.GoldDemoCustomer ? "Casey Customer" : "Bailey Basic";
            data.CustomerUsers.Add(new CustomerUser
            {
                Id = data.CustomerUsers.Count + 1,
                CustomerId = customer.Id,
                DisplayName = name,
                Email = demoEmail,
                // The Gold demo person travels, so the portal shows times in a zone other than the company's.
                TimeZone = index == DemoCompanies.GoldDemoCustomer ? DemoPeople.TravellingCustomerTimeZone : CompanyZone,
            });
        }

        var count = 1 + random.Next(3);
        var used = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var first = DemoPeople.FirstNames[random.Next(DemoPeople.FirstNames.Count)];
            var last = DemoPeople.LastNames[random.Next(DemoPeople.LastNames.Count)];
            var email = $"{DemoPeople.EmailLocalPart(first, last)}@{company.Domain}";
            if (used.Contains(email))
            {
                continue;
            }

            used.Add(email);
            data.CustomerUsers.Add(new CustomerUser
            {
                Id = data.CustomerUsers.Count + 1,
                CustomerId = customer.Id,
                DisplayName = $"{first} {last}",
                Email = email,
                TimeZone = customer.DisplayTimeZone,
            });
        }
    }
}
