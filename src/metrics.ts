import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** A gauge that has no series until it is set, and none again after clear(). */
export interface OptionalGauge {
  set(value: number): void;
  clear(): void;
}

/**
 * prom-client reports an unlabelled gauge as 0 from the moment it is registered, so "no Redis" or
 * "no replica" read as "down" and alerts on `== 0` fired on every deployment without them. This
 * one joins the registry only once it has a value: absent means not configured or not known yet.
 */
function optionalGauge(registry: Registry, name: string, help: string): OptionalGauge {
  const gauge = new Gauge({ name, help, registers: [] });
  let shown = false;
  return {
    set(value) {
      gauge.set(value);
      if (!shown) registry.registerMetric(gauge);
      shown = true;
    },
    clear() {
      if (shown) registry.removeSingleMetric(name);
      shown = false;
    },
  };
}

/** Prometheus metrics of one instance (its own registry: tests run several instances in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'nightchill_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'nightchill_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'nightchill_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    socketsConnected: new Gauge({
      name: 'nightchill_sockets_connected',
      help: 'Socket.IO connections open on this instance',
      registers: [registry],
    }),
    socketEventsIn: new Counter({
      name: 'nightchill_socket_events_in_total',
      help: 'Client-to-server socket events received, by event',
      labelNames: ['event'] as const,
      registers: [registry],
    }),
    socketEventsOut: new Counter({
      name: 'nightchill_socket_events_out_total',
      help: 'Server-to-client socket events emitted by this instance, by event',
      labelNames: ['event'] as const,
      registers: [registry],
    }),
    acks: new Counter({
      name: 'nightchill_socket_acks_total',
      help: 'Acknowledgements sent, by event and result (ok or an error code)',
      labelNames: ['event', 'result'] as const,
      registers: [registry],
    }),
    ackDuration: new Histogram({
      name: 'nightchill_socket_ack_duration_seconds',
      help: 'Time from a client event to its acknowledgement',
      labelNames: ['event'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    chatBatchRows: new Histogram({
      name: 'nightchill_chat_batch_rows',
      help: 'Chat messages stored per transaction (group commit of chat:send)',
      buckets: [1, 2, 5, 10, 20, 50, 100],
      registers: [registry],
    }),
    unreadableValues: new Counter({
      name: 'nightchill_unreadable_values_total',
      help: 'Stored encrypted values no configured key could open (shown as unreadable instead)',
      registers: [registry],
    }),
    safetyResponses: new Counter({
      name: 'nightchill_safety_responses_total',
      help: 'Safety responses given, by category, level (crisis or check-in) and language; never any content',
      labelNames: ['category', 'level', 'language'] as const,
      registers: [registry],
    }),
    safetySecondOpinions: new Counter({
      name: 'nightchill_safety_second_opinions_total',
      help: 'Risk the moderation endpoint recognised where the local check had found none',
      labelNames: ['category', 'level'] as const,
      registers: [registry],
    }),
    assistantTurns: new Counter({
      name: 'nightchill_assistant_turns_total',
      help: 'Assistant turns by result',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'nightchill_errors_total',
      help: 'Unexpected errors by surface',
      labelNames: ['surface'] as const,
      registers: [registry],
    }),
    replicaConfigured: new Gauge({
      name: 'nightchill_db_replica_configured',
      help: '1 when a read replica (DATABASE_READ_URL) is configured, 0 when not',
      registers: [registry],
    }),
    replicaUp: optionalGauge(
      registry,
      'nightchill_db_replica_up',
      '1 when the read replica answered its last probe, 0 when not; absent without one or before the first probe',
    ),
    replicaLag: optionalGauge(
      registry,
      'nightchill_db_replica_lag_seconds',
      'Replay lag of the read replica at its last probe (reads go to the primary above DATABASE_READ_MAX_LAG_MS); absent when not known',
    ),
    replicaFallbacks: new Counter({
      name: 'nightchill_db_replica_fallbacks_total',
      help: 'Replica reads that failed and ran again on the primary',
      registers: [registry],
    }),
    redisConfigured: new Gauge({
      name: 'nightchill_redis_configured',
      help: '1 when Redis (REDIS_URL) is configured, 0 when not',
      registers: [registry],
    }),
    redisUp: optionalGauge(
      registry,
      'nightchill_redis_up',
      '1 when this instance reaches Redis, 0 when not; absent without Redis',
    ),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
