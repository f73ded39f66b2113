package dev.netsim.route53.zone;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;

/** Submitted changes: PENDING when submitted, INSYNC once the configured propagation delay has passed. */
@Service
@Transactional
public class Route53ChangeService {

    private final Route53ChangeRepository changes;
    private final Route53Settings settings;
    private final IdGenerator ids;
    private final Clock clock;

    public Route53ChangeService(Route53ChangeRepository changes, Route53Settings settings, IdGenerator ids, Clock clock) {
        this.changes = changes;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public Route53Change submit(Scope scope, String comment) {
        return changes.save(new Route53Change(ids.upperAlnum("C", 20), scope.account(), clock.instant(), comment));
    }

    /** GetChange: the change as it stands now. */
    @Transactional(readOnly = true)
    public Route53Change get(Scope scope, String id) {
        String bare = Route53Ids.bare(id);
        Route53Change change = changes.findById(bare).filter(c -> c.getAccount().equals(scope.account()))
                .orElseThrow(() -> new AwsException("NoSuchChange", "A change with the specified change ID does not exist.", 404));
        return change.asOf(clock.instant(), settings.changePropagationDelay());
    }
}
