package dev.hearback.mail;

import java.util.List;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.ComponentFactory;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.PropertyFactory;

/**
 * ical4j's default factories, made once. By default ical4j builds the whole list of property (and
 * parameter, component) factories anew for every property it reads, about 5% of reading a large
 * mailbox. The factories keep no state, so one list serves every parse on every thread.
 */
final class IcalFactories {
    private static final List<ParameterFactory<?>> PARAMETERS = List.copyOf(new DefaultParameterFactorySupplier().get());
    private static final List<PropertyFactory<?>> PROPERTIES = List.copyOf(new DefaultPropertyFactorySupplier().get());
    private static final List<ComponentFactory<?>> COMPONENTS = List.copyOf(new DefaultComponentFactorySupplier().get());

    private IcalFactories() {}

    static ContentHandlerContext context() {
        return new ContentHandlerContext()
                .withParameterFactorySupplier(() -> PARAMETERS)
                .withPropertyFactorySupplier(() -> PROPERTIES)
                .withComponentFactorySupplier(() -> COMPONENTS);
    }
}
