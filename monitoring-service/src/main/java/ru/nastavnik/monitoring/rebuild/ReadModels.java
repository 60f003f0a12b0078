package ru.nastavnik.monitoring.rebuild;

import org.springframework.stereotype.Component;

/**
 * Whether the topic-fed read models are whole: not while a rebuild runs, nor after one failed. What computes from
 * them and then freezes or publishes the result (closing a quarter, a restatement) waits for them to be whole, or it
 * would freeze half-built figures for good.
 */
@Component
public class ReadModels {

    private final RebuildRuns runs;

    ReadModels(RebuildRuns runs) {
        this.runs = runs;
    }

    public boolean whole() {
        return runs.latest().map(latest -> !RebuildView.RUNNING.equals(latest.state())
                && !RebuildView.FAILED.equals(latest.state())).orElse(true);
    }
}
