using System.Diagnostics;
using GridActors.Access;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Telemetry;
using Microsoft.Extensions.Logging;

namespace GridActors.Webhooks;

/// <summary>One subscription, and the only sender of its deliveries. A poll reads the log after the
/// cursor, keeps the events of the subscription's kinds and area, and posts them one by one in
/// sequence order (so in order per case); the cursor moves past an event only once the receiver took it
/// (2xx), and is stored at most a second later. A failed try stops the round; the next waits as
/// <see cref="DeliveryHealth"/> says. An append on this silo polls at once; a durable reminder brings
/// the grain back after a restart.
/// <para>A post may take a slow receiver tens of seconds, so it runs outside the grain's turns and
/// an admin's command never waits behind it: a round starts the post and ends, and the post's end wakes
/// the grain, whose next round applies its outcome. A command's change wins over the post in flight:
/// it cancels it and moves <see cref="generation"/> on, and an outcome from an earlier generation is
/// dropped (the event goes again, under the same webhook-id). Only one post is out at a time, and a
/// round begins only once it has ended, so the order per case holds.</para></summary>
public sealed partial class WebhookGrain(
    [PersistentState("webhook", "gridactors")] IPersistentState<WebhookState> state,
    IEventLog log, LogAppends appends, ICaseTable cases, WebhookCourier courier, WebhookSettings settings, TimeProvider clock,
    ILogger<WebhookGrain> logger) : Grain, IWebhookGrain, IRemindable
{
    private const string Reminder = "webhook";
    private const int Batch = 100;
    private const int KeptDeliveries = 100;

    /// <summary>How long one round reads past events the subscription does not want before it lets
    /// the admins' commands in.</summary>
    private static readonly TimeSpan RoundBudget = TimeSpan.FromMilliseconds(200);

    /// <summary>The poll runs on the wall clock, not the silo's: how often to look is about the
    /// machine, while when to try again and when to suspend are the subscription's time.</summary>
    private ITimer? poll;

    /// <summary>How often the cursor is stored while deliveries succeed (a store per delivery would
    /// contend with the log's own writes): a crash repeats at most this much, under the same
    /// webhook-ids. Failures are stored at once.</summary>
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(1);

    private bool unsaved;
    private long savedAt;

    /// <summary>1 once an append was signalled since the last round began.</summary>
    private int appended;

    /// <summary>The post out to the receiver, if any.</summary>
    private Sending? sending;

    /// <summary>Moves on with every admin's change; a post begun before it no longer counts.</summary>
    private int generation;

    private readonly LogAhead ahead = new();

    private string Id => this.GetPrimaryKeyString();

    private WebhookInput? Definition => state.State.Definition;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Definition is not null) StartPolling();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopPolling();
        sending?.Cancel.Cancel();
        if (unsaved) await Save(atOnce: true);
    }

    public async Task<WebhookReply> Create(WebhookInput input, Actor by)
    {
        if (Definition is not null) return WebhookReply.Refused(Refusal.Conflict($"webhook {Id} exists"));
        if (await Refused(input, by) is { } refusal) return WebhookReply.Refused(refusal);
        state.State = new WebhookState { Definition = input, Secret = WebhookSecret.New(), CreatedBy = by.Id, Cursor = await log.LastSequence() };
        await state.WriteOrReload(this);
        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Add(Id, input.Area);
        await this.RegisterOrUpdateReminder(Reminder, NextInstantReminder.CatchUpPeriod, NextInstantReminder.CatchUpPeriod);
        StartPolling();
        // Without the query, which a receiver may use for its token: the log outlives the subscription.
        LogCreated(Id, new Uri(input.Url).GetLeftPart(UriPartial.Path), input.Area, by.Id);
        return new WebhookReply(View(), null, state.State.Secret);
    }

    public Task<WebhookReply> Get(Actor by) =>
        Task.FromResult(Unknown(by) is { } refusal ? WebhookReply.Refused(refusal) : new WebhookReply(View(), null));

    public async Task<WebhookReply> Update(WebhookInput input, Actor by)
    {
        if (Unknown(by) is { } unknown) return WebhookReply.Refused(unknown);
        if (await Refused(input, by) is { } refusal) return WebhookReply.Refused(refusal);
        state.State.Definition = input;
        Supersede();
        await state.WriteOrReload(this);
        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Add(Id, input.Area);
        return new WebhookReply(View(), null);
    }

    public async Task<Refusal?> Delete(Actor by)
    {
        if (Unknown(by) is { } unknown) return unknown;
        StopPolling();
        Supersede();
        if (await this.GetReminder(Reminder) is { } reminder) await this.UnregisterReminder(reminder);
        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Remove(Id);
        await state.ClearOrReload(this);
        state.State = new WebhookState();
        unsaved = false;
        return null;
    }

    public async Task<WebhookReply> Resume(Actor by)
    {
        if (Unknown(by) is { } unknown) return WebhookReply.Refused(unknown);
        state.State.Health.Resume();
        Supersede();
        await state.WriteOrReload(this);
        LogResumed(Id, state.State.Cursor, by.Id);
        return new WebhookReply(View(), null);
    }

    public async Task<WebhookReply> RedeliverFrom(long sequence, Actor by)
    {
        if (Unknown(by) is { } unknown) return WebhookReply.Refused(unknown);
        // Past the log's end the cursor would silently skip every event until the log caught up with it.
        if (sequence < 1 || sequence > await log.LastSequence())
            return WebhookReply.Refused(Refusal.Invalid("sequence", "sequence is the sequence number of an event in the log, 1 up to the last"));
        state.State.Cursor = sequence - 1;
        state.State.Health.Resume();
        Supersede();
        await state.WriteOrReload(this);
        LogResumed(Id, state.State.Cursor, by.Id);
        return new WebhookReply(View(), null);
    }

    public Task<DeliveryLog> Deliveries(Actor by) => Task.FromResult(Unknown(by) is { } refusal
        ? new DeliveryLog(null, refusal)
        : new DeliveryLog([.. Enumerable.Reverse(state.State.Deliveries)], null));

    /// <summary>The reminder only brings the grain back; its activation starts the poll.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Definition is null && await this.GetReminder(reminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    /// <summary>One round: the outcome of the post that ended, then past the events the subscription
    /// does not want to the next it does, whose post it starts; or it stops at a failure, at the end of
    /// the log or when the round's budget is spent, and sets the next poll.</summary>
    public async Task Wake()
    {
        // A post is out: its end wakes the grain.
        if (sending is { Post.IsCompleted: false }) return;
        Volatile.Write(ref appended, 0);
        var more = false;
        try
        {
            more = await Deliver();
        }
        finally
        {
            // Set first, then look: an append from now on moves the poll forward itself.
            if (sending is null)
            {
                poll?.Change(NextPoll(), Timeout.InfiniteTimeSpan);
                if (more || Volatile.Read(ref appended) == 1) poll?.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>The poll's interval, or sooner when a cursor waits to be stored.</summary>
    private TimeSpan NextPoll()
    {
        var due = SaveEvery - Stopwatch.GetElapsedTime(savedAt);
        return !unsaved || due >= settings.PollInterval ? settings.PollInterval : due > TimeSpan.Zero ? due : TimeSpan.Zero;
    }

    /// <summary>An admin's change wins over the post in flight: it is cancelled, and its outcome will
    /// be dropped. The grain looks again at once rather than at the next poll.</summary>
    private void Supersede()
    {
        generation++;
        sending?.Cancel.Cancel();
        poll?.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void StartPolling()
    {
        if (poll is not null) return;
        var self = this.AsReference<IWebhookGrain>();
        poll = TimeProvider.System.CreateTimer(_ => self.Wake().Ignore(), null, settings.PollInterval, Timeout.InfiniteTimeSpan);
        appends.Appended += OnAppended;
    }

    private void StopPolling()
    {
        appends.Appended -= OnAppended;
        poll?.Dispose();
        poll = null;
    }

    /// <summary>An event was appended on this silo: poll now rather than at the next interval, once
    /// however many came meanwhile. Runs on the appender's thread, so it only moves the timer.</summary>
    private void OnAppended()
    {
        if (Interlocked.Exchange(ref appended, 1) == 0) poll?.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>True when the round's budget ran out with events still to look at.</summary>
    private async Task<bool> Deliver()
    {
        if (sending is { } ended)
        {
            sending = null;
            ended.Cancel.Dispose();
            if (ended.Generation == generation && !await Took(ended.Event, ended.Id, await ended.Post)) return false;
        }
        if (unsaved) await Save(atOnce: false);
        if (Definition is not { Enabled: true } subscription || !state.State.Health.MayTry(clock.GetUtcNow())) return false;
        var round = Stopwatch.StartNew();
        while (round.Elapsed < RoundBudget)
        {
            if (!ahead.Continues(state.State.Cursor))
            {
                var events = await log.ReadAfter(state.State.Cursor, Batch);
                if (events.Count == 0) return false;
                var grids = await cases.GridsOf(events.Where(e => e.Stream == LogStreams.Case).Select(e => e.EntityId).ToHashSet());
                ahead.Fill(state.State.Cursor, events, grids);
            }
            while (ahead.TryNext(out var e))
            {
                if (WebhookRules.Wants(subscription, e, ahead.Grids))
                {
                    await Send(e, subscription);
                    return false;
                }
                state.State.Cursor = e.Sequence;
                unsaved = true;
            }
        }
        return true;
    }

    /// <summary>Starts posting one event, off the grain's turns; its end wakes the grain.</summary>
    private async Task Send(LoggedEvent e, WebhookInput subscription)
    {
        var id = WebhookCourier.DeliveryId(Id, e.Sequence);
        var body = await WebhookPayload.Of(e, subscription.Area, cases);
        var (url, secret, cancel) = (new Uri(subscription.Url), state.State.Secret, new CancellationTokenSource());
        var post = Task.Run(() => courier.Post(url, secret, id, body, cancel.Token));
        var self = this.AsReference<IWebhookGrain>();
        _ = post.ContinueWith(_ => self.Wake().Ignore(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        sending = new Sending(generation, e, id, post, cancel);
    }

    /// <summary>Applies a post's outcome; true when the receiver took the event.</summary>
    private async Task<bool> Took(LoggedEvent e, string id, Delivery delivery)
    {
        var subscription = Definition!;
        var now = clock.GetUtcNow();
        var deliveries = state.State.Deliveries;
        deliveries.Add(new DeliveryRecord(e.Sequence, e.EntityId, e.Type, id, delivery.Delivered, delivery.Status, delivery.Attempts,
            delivery.Latency.TotalMilliseconds, now, delivery.Error));
        if (deliveries.Count > KeptDeliveries) deliveries.RemoveRange(0, deliveries.Count - KeptDeliveries);
        DomainMetrics.WebhookDelivered(delivery.Delivered);
        if (delivery.Delivered)
        {
            state.State.Cursor = e.Sequence;
            state.State.Health.Delivered();
        }
        else if (state.State.Health.Failed(now, delivery.Error!, delivery.RetryAfter, settings, Random.Shared.NextDouble()))
            LogSuspended(Id, subscription.Area, state.State.CreatedBy, state.State.Health.SuspendedReason!);
        else LogFailed(Id, e.Sequence, delivery.Error!, state.State.Health.NextTry!.Value);
        await Save(atOnce: !delivery.Delivered);
        return delivery.Delivered;
    }

    /// <summary>Stores the state now, or (for a success) once <see cref="SaveEvery"/> has passed since
    /// the last store; until then it is kept in memory and stored by a later poll or on deactivation.</summary>
    private async Task Save(bool atOnce)
    {
        if (!atOnce && Stopwatch.GetElapsedTime(savedAt) < SaveEvery)
        {
            unsaved = true;
            return;
        }
        await state.WriteOrReload(this);
        unsaved = false;
        savedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>The subscription does not exist for this caller: none, or not theirs to manage.</summary>
    private Refusal? Unknown(Actor by) => Definition is { } d && WebhookRules.Manages(by, d.Area) ? null : Refusal.NotFound($"no webhook {Id}");

    private async Task<Refusal?> Refused(WebhookInput input, Actor by) =>
        WebhookRules.Check(input, by) ?? await TargetAddresses.Check(new Uri(input.Url), settings.AllowPrivateTargets);

    /// <summary>A post out to the receiver, begun in <paramref name="Generation"/>.</summary>
    private sealed record Sending(int Generation, LoggedEvent Event, string Id, Task<Delivery> Post, CancellationTokenSource Cancel);

    private WebhookView View()
    {
        var d = Definition!;
        var health = state.State.Health;
        var status = health.Suspended ? WebhookStatus.Suspended : d.Enabled ? WebhookStatus.Active : WebhookStatus.Disabled;
        return new WebhookView(Id, d.Url, d.Kinds, d.Area, d.Enabled, status, state.State.CreatedBy, state.State.Cursor,
            health.FailingSince, health.SuspendedAt, health.SuspendedReason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Id} to {Url} for area {Area} created by {Admin}")]
    private partial void LogCreated(string id, string url, string area, string admin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Id} of area {Area} suspended; alert to its admin {Admin}: {Reason}. Its backlog waits until an admin resumes it or redelivers from a sequence")]
    private partial void LogSuspended(string id, string area, string admin, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Id} could not deliver event {Sequence}: {Error}; next try at {NextTry:O}")]
    private partial void LogFailed(string id, long sequence, string error, DateTimeOffset nextTry);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Id} resumed after sequence {Cursor} by {Admin}")]
    private partial void LogResumed(string id, long cursor, string admin);
}
