package az.muraciet.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.inventory.MeterStock;

/**
 * Gives a reserved meter back to its warehouse. Used as a task where the model releases it on purpose, and as the
 * process end listener, so that a case ending any other way (cancelled in Cockpit, say) never keeps a meter.
 */
@Component
class ReleaseMeterDelegate implements JavaDelegate, ExecutionListener {

    private final MeterStock stock;

    ReleaseMeterDelegate(MeterStock stock) {
        this.stock = stock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        stock.release(execution.getProcessBusinessKey());
    }

    @Override
    public void notify(DelegateExecution execution) {
        stock.release(execution.getProcessBusinessKey());
    }
}
