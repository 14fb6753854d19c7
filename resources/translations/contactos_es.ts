<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>There is no lead {id}.</source>
        <translation>No existe el prospecto {id}.</translation>
    </message>
    <message>
        <source>There is no contact {id}.</source>
        <translation>No existe el contacto {id}.</translation>
    </message>
    <message>
        <source>There is no activity {id}.</source>
        <translation>No existe la actividad {id}.</translation>
    </message>
    <message>
        <source>There is no commitment {id}.</source>
        <translation>No existe el compromiso {id}.</translation>
    </message>
    <message>
        <source>There is no impediment {id}.</source>
        <translation>No existe el impedimento {id}.</translation>
    </message>
    <message>
        <source>There is no stage {id}.</source>
        <translation>No existe la etapa {id}.</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>&apos;{text}&apos; is not an amount. Write it with digits, as 1234.50 or 1.234,50.</source>
        <translation>«{text}» no es un importe. Escríbalo con cifras, como 1234.50 o 1.234,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative (&apos;{text}&apos;).</source>
        <translation>Un importe no puede ser negativo («{text}»).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {grouped} or {decimal}: write it with its decimals (for example {example}).</source>
        <translation>«{text}» podría ser {grouped} o {decimal}: escríbalo con sus decimales (por ejemplo {example}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than {places} decimals; write it rounded as you mean it.</source>
        <translation>«{text}» tiene más de {places} decimales; escríbalo redondeado como lo quiere decir.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large for an amount.</source>
        <translation>«{text}» es demasiado grande para un importe.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names two currencies ({first} and {second}); write only one.</source>
        <translation>«{text}» nombra dos monedas ({first} y {second}); escriba solo una.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your database is empty.</source>
        <translation>Su base de datos está vacía.</translation>
    </message>
    <message>
        <source>Load demo data to look around (leads, contacts and a day&apos;s work), or start with an empty database?</source>
        <translation>¿Cargar datos de demostración para conocer el programa (prospectos, contactos y un día de trabajo) o empezar con una base de datos vacía?</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacía</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Contactos could not be set to start at login: {error}</source>
        <translation>No se pudo hacer que Contactos se inicie al iniciar la sesión: {error}</translation>
    </message>
    <message>
        <source>Contactos could not stop starting at login: {error}</source>
        <translation>No se pudo quitar el inicio de Contactos al iniciar la sesión: {error}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or not a Contactos database; nothing was restored and your database is as it was. Choose another backup.</source>
        <translation>El archivo {path} está dañado o no es una base de datos de Contactos; no se restauró nada y su base de datos quedó como estaba. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({detail}); nothing was restored.</source>
        <translation>El archivo {path} está dañado ({detail}); no se restauró nada.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>no next action ahead</source>
        <translation>sin siguiente acción por delante</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>nothing logged for too long</source>
        <translation>sin seguimiento desde hace demasiado</translation>
    </message>
    <message>
        <source>In limbo: {0}</source>
        <translation>En el limbo: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n prospecto abierto</numerusform>
            <numerusform>%n prospectos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in limbo</source>
        <translation>
            <numerusform>%n en el limbo</numerusform>
            <numerusform>%n en el limbo</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission expected: {0}</source>
        <translation>Comisión esperada: {0}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Pipeline board</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Move between the cards (Left / Right: the next column)</source>
        <translation>Moverse entre las tarjetas (Izquierda / Derecha: la columna de al lado)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Izquierda / Ctrl+Derecha</translation>
    </message>
    <message>
        <source>Move the lead one stage back / on (Ctrl+Z undoes it)</source>
        <translation>Mover el prospecto una etapa atrás / adelante (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Abrir el prospecto</translation>
    </message>
    <message>
        <source>{value} {currency}
commission {commission}</source>
        <translation>{value} {currency}
comisión {commission}</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Drag a card to move the lead · Ctrl+←/→ moves it · Enter opens it</source>
        <translation>Arrastre una tarjeta para mover el prospecto · Ctrl+←/→ lo mueve · Intro lo abre</translation>
    </message>
    <message>
        <source>Won…</source>
        <translation>Ganado…</translation>
    </message>
    <message>
        <source>Drop a card here to close the lead as won (with the act that made the sale)</source>
        <translation>Suelte aquí una tarjeta para cerrar el prospecto como ganado (con el acto que concretó la venta)</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Perdido…</translation>
    </message>
    <message>
        <source>Drop a card here to close the lead as lost (in the prospect&apos;s words)</source>
        <translation>Suelte aquí una tarjeta para cerrar el prospecto como perdido (con las palabras del prospecto)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>All representadas</source>
        <translation>Todas las representadas</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n prospecto abierto</numerusform>
            <numerusform>%n prospectos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in limbo</source>
        <translation>
            <numerusform>%n en el limbo</numerusform>
            <numerusform>%n en el limbo</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>Moved to «{stage}»: {lead}</source>
        <translation>Movido a «{stage}»: {lead}</translation>
    </message>
    <message>
        <source>Close a lead</source>
        <translation>Cerrar un prospecto</translation>
    </message>
    <message>
        <source>Choose a card first, or drop one here.</source>
        <translation>Elija primero una tarjeta, o suéltela aquí.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Created the representada &apos;{name}&apos;.</source>
        <translation>Se creó la representada «{name}».</translation>
    </message>
    <message>
        <source>Created the source &apos;{name}&apos;.</source>
        <translation>Se creó el origen «{name}».</translation>
    </message>
    <message>
        <source>New leads not yet attended</source>
        <translation>Prospectos nuevos sin atender</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>In limbo (nothing logged for too long)</source>
        <translation>En el limbo (sin seguimiento desde hace demasiado)</translation>
    </message>
    <message>
        <source>Commitments due</source>
        <translation>Compromisos por cumplir</translation>
    </message>
    <message>
        <source>Work queue for {date}</source>
        <translation>Trabajo del día {date}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>«{text}» no es un número entero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country code: write its two letters (ISO 3166), as MX, ES, CO or US.</source>
        <translation>«{text}» no es un código de país: escriba sus dos letras (ISO 3166), como MX, ES, CO o US.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a currency code: write its three letters (ISO 4217), as MXN, EUR, COP or USD.</source>
        <translation>«{text}» no es un código de moneda: escriba sus tres letras (ISO 4217), como MXN, EUR, COP o USD.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>LEAD_ID</source>
        <translation>N_PROSPECTO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>CUR</source>
        <translation>MONEDA</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>folder for the database, backups and logs (default: the user data folder, or $CONTACTOS_DATA_DIR)</source>
        <translation>carpeta de la base de datos, las copias de seguridad y los registros (predeterminada: la carpeta de datos del usuario, o $CONTACTOS_DATA_DIR)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>escribir JSON en lugar de una tabla</translation>
    </message>
    <message>
        <source>Contacts and follow-up for independent sales agents.</source>
        <translation>Contactos y seguimiento para agentes de ventas independientes.</translation>
    </message>
    <message>
        <source>language of the output</source>
        <translation>idioma de los mensajes</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>the lead&apos;s number (as listed by `contactos leads`)</source>
        <translation>el número del prospecto (como lo muestra `contactos leads`)</translation>
    </message>
    <message>
        <source>the day&apos;s work queue</source>
        <translation>el trabajo del día</translation>
    </message>
    <message>
        <source>list leads</source>
        <translation>listar los prospectos</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>solo los de este estado</translation>
    </message>
    <message>
        <source>only leads in limbo</source>
        <translation>solo los prospectos en el limbo</translation>
    </message>
    <message>
        <source>only leads whose name, company, phone, e-mail or notes match</source>
        <translation>solo los prospectos cuyo nombre, empresa, teléfono, correo o notas coincidan</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>como máximo esta cantidad</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>listar los contactos</translation>
    </message>
    <message>
        <source>only contacts whose name, company, phone, e-mail or notes match</source>
        <translation>solo los contactos cuyo nombre, empresa, teléfono, correo o notas coincidan</translation>
    </message>
    <message>
        <source>add a lead (and its contact when new); prints the lead&apos;s number</source>
        <translation>agregar un prospecto (y su contacto si es nuevo); escribe el número del prospecto</translation>
    </message>
    <message>
        <source>the contact&apos;s name</source>
        <translation>el nombre del contacto</translation>
    </message>
    <message>
        <source>the next action</source>
        <translation>la siguiente acción</translation>
    </message>
    <message>
        <source>when: today or later (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>cuándo: hoy o más adelante (dd/mm/aaaa o aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>the kind of the next action</source>
        <translation>el tipo de la siguiente acción</translation>
    </message>
    <message>
        <source>what is being sold (default: the company or name)</source>
        <translation>lo que se vende (predeterminado: la empresa o el nombre)</translation>
    </message>
    <message>
        <source>the contact&apos;s company</source>
        <translation>la empresa del contacto</translation>
    </message>
    <message>
        <source>the contact&apos;s phone</source>
        <translation>el teléfono del contacto</translation>
    </message>
    <message>
        <source>the contact&apos;s e-mail</source>
        <translation>el correo del contacto</translation>
    </message>
    <message>
        <source>what the sale is worth: 1234.50, 1.234,50 or 12,5</source>
        <translation>lo que vale la venta: 1234.50, 1.234,50 o 12,5</translation>
    </message>
    <message>
        <source>the company the lead is for</source>
        <translation>la representada del prospecto</translation>
    </message>
    <message>
        <source>where the lead came from</source>
        <translation>de dónde vino el prospecto (su origen)</translation>
    </message>
    <message>
        <source>the country of a phone written without its country code (default: the settings&apos; country)</source>
        <translation>el país de un teléfono escrito sin clave de país (predeterminado: el país de la configuración)</translation>
    </message>
    <message>
        <source>log an activity on a lead (on an open lead, with the next action)</source>
        <translation>registrar una actividad en un prospecto (en uno abierto, con la siguiente acción)</translation>
    </message>
    <message>
        <source>one of: {kinds}</source>
        <translation>uno de: {kinds}</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>what came of it</source>
        <translation>en qué quedó</translation>
    </message>
    <message>
        <source>keep the current next action (only while it is not overdue)</source>
        <translation>conservar la siguiente acción actual (solo mientras no esté vencida)</translation>
    </message>
    <message>
        <source>close a lead as won, with the act that makes it a sale</source>
        <translation>cerrar un prospecto como ganado, con el hecho que lo convierte en venta</translation>
    </message>
    <message>
        <source>contract, purchase-order or payment</source>
        <translation>contract (contrato), purchase-order (orden de compra) o payment (pago)</translation>
    </message>
    <message>
        <source>when it happened: not in the future, not before the lead was received</source>
        <translation>cuándo ocurrió: no en el futuro ni antes de recibir el prospecto</translation>
    </message>
    <message>
        <source>the contract, order or receipt number</source>
        <translation>el número del contrato, de la orden o del recibo</translation>
    </message>
    <message>
        <source>do not plan the re-order call</source>
        <translation>no planear la llamada de recompra</translation>
    </message>
    <message>
        <source>close a lead as lost, with the prospect&apos;s confirmation</source>
        <translation>cerrar un prospecto como perdido, con la confirmación del prospecto</translation>
    </message>
    <message>
        <source>Reason categories: {reasons}. If the prospect has not confirmed yet, schedule the confirmation instead: --not-confirmed --confirm-by DATE.</source>
        <translation>Motivos: {reasons}. Si el prospecto aún no lo ha confirmado, programe en su lugar la confirmación: --not-confirmed --confirm-by FECHA.</translation>
    </message>
    <message>
        <source>one of: {reasons}</source>
        <translation>uno de: {reasons}</translation>
    </message>
    <message>
        <source>what the prospect said, in their words</source>
        <translation>lo que dijo el prospecto, en sus palabras</translation>
    </message>
    <message>
        <source>how the prospect said it</source>
        <translation>por qué medio lo dijo el prospecto</translation>
    </message>
    <message>
        <source>the prospect has not confirmed yet: plan the contact that asks them (with --confirm-by) and keep the lead open</source>
        <translation>el prospecto aún no lo ha confirmado: planear el contacto para preguntarle (con --confirm-by) y dejar el prospecto abierto</translation>
    </message>
    <message>
        <source>with --not-confirmed: when to ask the prospect</source>
        <translation>con --not-confirmed: cuándo preguntarle al prospecto</translation>
    </message>
    <message>
        <source>with --not-confirmed: how to ask (default: call)</source>
        <translation>con --not-confirmed: por qué medio preguntarle (predeterminado: call, llamada)</translation>
    </message>
    <message>
        <source>reopen a closed lead (its closing stays in the history)</source>
        <translation>reabrir un prospecto cerrado (su cierre queda en el historial)</translation>
    </message>
    <message>
        <source>why it is back in play</source>
        <translation>por qué vuelve a estar en juego</translation>
    </message>
    <message>
        <source>move a lead&apos;s next action to another date</source>
        <translation>mover la siguiente acción de un prospecto a otra fecha</translation>
    </message>
    <message>
        <source>today or later (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>hoy o más adelante (dd/mm/aaaa o aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>move an open lead to another stage of the pipeline</source>
        <translation>mover un prospecto abierto a otra etapa del embudo</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>the stage, by its name or key (new, contacted, proposal...)</source>
        <translation>la etapa, por su nombre o su clave (new, contacted, proposal...)</translation>
    </message>
    <message>
        <source>the field day sheet: the day&apos;s visits and calls with addresses, phones, what to do, open questions and impediments, as a PDF</source>
        <translation>la hoja del día para el campo: las visitas y llamadas del día con direcciones, teléfonos, qué hacer, preguntas abiertas e impedimentos, en PDF</translation>
    </message>
    <message>
        <source>the day (default: today; dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>el día (por omisión: hoy; dd/mm/aaaa o aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>show the settings, or change the default country for phone numbers and the default currency</source>
        <translation>mostrar la configuración, o cambiar el país predeterminado de los teléfonos y la moneda predeterminada</translation>
    </message>
    <message>
        <source>the country of phones written without a country code (ISO 3166: MX, ES, CO...)</source>
        <translation>el país de los teléfonos escritos sin clave de país (ISO 3166: MX, ES, CO…)</translation>
    </message>
    <message>
        <source>the currency of new leads (ISO 4217: MXN, EUR, COP...)</source>
        <translation>la moneda de los prospectos nuevos (ISO 4217: MXN, EUR, COP…)</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>llenar una base de datos vacía con datos de demostración</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>restore a backup (the current database is backed up first; one that cannot be read is kept aside, renamed)</source>
        <translation>restaurar una copia de seguridad (antes se respalda la base de datos actual; una que no se puede leer se aparta con otro nombre)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de la copia</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>revisar la integridad y la versión del esquema de la base de datos</translation>
    </message>
    <message>
        <source>Payments late (customers and commissions)</source>
        <translation>Pagos atrasados (clientes y comisiones)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline health: no open leads.</source>
        <translation>Salud del embudo: no hay prospectos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline health: %n open lead(s), {share}% with a next action ahead.</source>
        <translation>
            <numerusform>Salud del embudo: %n prospecto abierto, {share} % con la siguiente acción por delante.</numerusform>
            <numerusform>Salud del embudo: %n prospectos abiertos, el {share} % con la siguiente acción por delante.</numerusform>
        </translation>
    </message>
    <message>
        <source>received less than an hour ago</source>
        <translation>recibido hace menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>received %n hour(s) ago</source>
        <translation>
            <numerusform>recibido hace %n hora</numerusform>
            <numerusform>recibido hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>recibido hace %n día</numerusform>
            <numerusform>recibido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>limbo</source>
        <translation>limbo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>No default country is set: phone numbers without a country code are read as numbers of {country} ({code}). To choose the country: contactos settings --country CODE</source>
        <translation>No hay un país predeterminado: los teléfonos sin clave de país se leen como números de {country} ({code}). Para elegir el país: contactos settings --country CÓDIGO</translation>
    </message>
    <message>
        <source>Lead {id} won.</source>
        <translation>Prospecto {id} ganado.</translation>
    </message>
    <message>
        <source>--not-confirmed leaves the lead open: give it --confirm-by DATE (and --kind), not --reason, --words, --date or --channel.</source>
        <translation>--not-confirmed deja el prospecto abierto: lleva --confirm-by FECHA (y --kind), no --reason, --words, --date ni --channel.</translation>
    </message>
    <message>
        <source>Say when you will ask the prospect: --confirm-by DATE.</source>
        <translation>Indique cuándo le preguntará al prospecto: --confirm-by FECHA.</translation>
    </message>
    <message>
        <source>Lead {id} stays open: confirm with the prospect on {date}.</source>
        <translation>El prospecto {id} sigue abierto: confirme con el prospecto el {date}.</translation>
    </message>
    <message>
        <source>--confirm-by and --kind go with --not-confirmed (the lead stays open).</source>
        <translation>--confirm-by y --kind van con --not-confirmed (el prospecto sigue abierto).</translation>
    </message>
    <message>
        <source>Lead {id} lost.</source>
        <translation>Prospecto {id} perdido.</translation>
    </message>
    <message>
        <source>Lead {id} reopened.</source>
        <translation>Prospecto {id} reabierto.</translation>
    </message>
    <message>
        <source>Lead {id}: next action on {date}.</source>
        <translation>Prospecto {id}: siguiente acción el {date}.</translation>
    </message>
    <message>
        <source>There is no stage called &apos;{name}&apos;. The stages are: {known}.</source>
        <translation>No hay ninguna etapa llamada «{name}». Las etapas son: {known}.</translation>
    </message>
    <message>
        <source>Lead {id}: stage {stage}.</source>
        <translation>Prospecto {id}: etapa {stage}.</translation>
    </message>
    <message>
        <source>Default country: {country}</source>
        <translation>País predeterminado: {country}</translation>
    </message>
    <message>
        <source>Default country: not chosen yet; phones are read as numbers of {country}. To choose it: contactos settings --country CODE</source>
        <translation>País predeterminado: aún no elegido; los teléfonos se leen como números de {country}. Para elegirlo: contactos settings --country CÓDIGO</translation>
    </message>
    <message>
        <source>Default currency: {currency}</source>
        <translation>Moneda predeterminada: {currency}</translation>
    </message>
    <message>
        <source>Demo data loaded: {contacts} contacts, {leads} leads.</source>
        <translation>Datos de demostración cargados: {contacts} contactos, {leads} prospectos.</translation>
    </message>
    <message>
        <source>Restored {file}. The database it replaced was saved as {backup}.</source>
        <translation>Se restauró {file}. La base de datos reemplazada se guardó como {backup}.</translation>
    </message>
    <message>
        <source>Restored {file}. The damaged database was kept aside as {damaged}.</source>
        <translation>Se restauró {file}. La base de datos dañada se guardó aparte como {damaged}.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Versión del esquema: {version}</translation>
    </message>
    <message>
        <source>Integrity: {state}</source>
        <translation>Integridad: {state}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEMAS</translation>
    </message>
    <message>
        <source>The day sheet is made by the window&apos;s part of Contactos: run `contactos`.</source>
        <translation>La hoja del día la hace la parte de ventanas de Contactos: ejecute `contactos`.</translation>
    </message>
    <message>
        <source>import contacts (or leads) from a CSV, Excel or vCard file</source>
        <translation>importar contactos (o prospectos) de un archivo CSV, Excel o vCard</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>el archivo que se importa</translation>
    </message>
    <message>
        <source>the distributor, list or campaign it came from</source>
        <translation>el distribuidor, la lista o la campaña de la que viene</translation>
    </message>
    <message>
        <source>the company the leads are for</source>
        <translation>la representada de los prospectos</translation>
    </message>
    <message>
        <source>make each row a lead as well</source>
        <translation>hacer de cada fila también un prospecto</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMNA=CAMPO</translation>
    </message>
    <message>
        <source>map a column (its header or number) to a field; repeatable</source>
        <translation>asignar una columna (su encabezado o su número) a un campo; se puede repetir</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>CODIFICACIÓN</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (detected when not given)</source>
        <translation>la codificación del archivo (se detecta si no se indica)</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>SEPARADOR</translation>
    </message>
    <message>
        <source>the CSV delimiter (detected when not given)</source>
        <translation>el separador del CSV (se detecta si no se indica)</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>HOJA</translation>
    </message>
    <message>
        <source>the sheet of an .xlsx file (the first by default)</source>
        <translation>la hoja de un archivo .xlsx (la primera si no se indica)</translation>
    </message>
    <message>
        <source>country for phone numbers without a prefix (e.g. MX)</source>
        <translation>el país de los teléfonos sin clave de país (p. ej. MX)</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>tag every imported contact</source>
        <translation>etiquetar cada contacto importado</translation>
    </message>
    <message>
        <source>show what would happen, write nothing</source>
        <translation>mostrar lo que pasaría, sin escribir nada</translation>
    </message>
    <message>
        <source>a row with the e-mail or phone of a contact (or of a row above): skip it (default), merge it into that contact, or create it anyway</source>
        <translation>una fila con el correo o el teléfono de un contacto (o de una fila anterior): omitirla (predeterminado), fusionarla con ese contacto o crearla de todos modos</translation>
    </message>
    <message>
        <source>a row whose only likeness is a similar name at the same company: create it (default; it is listed for you to check), skip it or merge it</source>
        <translation>una fila cuyo único parecido es un nombre similar en la misma empresa: crearla (predeterminado; se lista para que la revise), omitirla o fusionarla</translation>
    </message>
    <message>
        <source>.xlsx, .csv or .vcf (contacts), .xlsx or .csv (leads), .ics (follow-ups), .xlsx or .csv (source report)</source>
        <translation>.xlsx, .csv o .vcf (contactos), .xlsx o .csv (prospectos), .ics (seguimientos), .xlsx o .csv (informe del origen)</translation>
    </message>
    <message>
        <source>follow-ups: how many days ahead (1 to 3660)</source>
        <translation>seguimientos: cuántos días hacia adelante (de 1 a 3660)</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>escribir el resumen en JSON</translation>
    </message>
    <message>
        <source>print progress on stderr</source>
        <translation>escribir el avance en stderr</translation>
    </message>
    <message>
        <source>list the import batches</source>
        <translation>listar las importaciones</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>escribir JSON</translation>
    </message>
    <message>
        <source>undo an import batch as a whole</source>
        <translation>deshacer una importación completa</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <source>the batch&apos;s number</source>
        <translation>el número de la importación</translation>
    </message>
    <message>
        <source>export contacts, leads, follow-ups or a source&apos;s report</source>
        <translation>exportar contactos, prospectos, seguimientos o el informe de un origen</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>qué exportar</translation>
    </message>
    <message>
        <source>the source, for source-report</source>
        <translation>el origen, para source-report</translation>
    </message>
    <message>
        <source>leads: only this status</source>
        <translation>prospectos: solo los de este estado</translation>
    </message>
    <message>
        <source>CSV separator and decimal mark: comma with 1234.50, semicolon with 1234,50 (default: what Excel uses on this computer)</source>
        <translation>separador y signo decimal del CSV: coma con 1234.50, punto y coma con 1234,50 (predeterminado: lo que usa Excel en esta computadora)</translation>
    </message>
    <message>
        <source>list the reminders due now: fired (also while the program was closed), not yet done, moved or snoozed</source>
        <translation>listar los recordatorios pendientes ahora: los que ya sonaron (también con el programa cerrado) y aún no se hicieron, movieron ni pospusieron</translation>
    </message>
    <message>
        <source>snooze a reminder (by the id &apos;contactos reminders&apos; prints)</source>
        <translation>posponer un recordatorio (por el identificador que muestra «contactos reminders»)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>lead-12, activity-5 or commitment-3</source>
        <translation>lead-12, activity-5 o commitment-3</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>10m, 1h, 2d, tomorrow (its morning round), 15:30, or a date and a time (01/12/2026 15:30, 2026-12-01T15:30)</source>
        <translation>10m, 1h, 2d, mañana (a la hora de los recordatorios de la mañana), 15:30, o una fecha y una hora (01/12/2026 15:30, 2026-12-01T15:30)</translation>
    </message>
    <message>
        <source>Day sheet of {day} ({count}) written to {file}</source>
        <translation>Hoja del día del {day} ({count}) escrita en {file}</translation>
    </message>
    <message>
        <source>list the representadas (the companies you sell for), or add, edit, archive or restore one</source>
        <translation>lista las representadas (las empresas para las que vende), o agrega, edita, archiva o restaura una</translation>
    </message>
    <message>
        <source>archived representadas too</source>
        <translation>también las representadas archivadas</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>the commission rate, a percentage (8 or 8,5)</source>
        <translation>la tasa de comisión, un porcentaje (8 u 8,5)</translation>
    </message>
    <message>
        <source>the currency of its amounts (ISO 4217: MXN, EUR...)</source>
        <translation>la moneda de sus importes (ISO 4217: MXN, EUR...)</translation>
    </message>
    <message>
        <source>days after a win to call for the re-order</source>
        <translation>días después de ganar para llamar por la recompra</translation>
    </message>
    <message>
        <source>days from the customer&apos;s payment to the commission</source>
        <translation>días desde el pago del cliente hasta la comisión</translation>
    </message>
    <message>
        <source>the contact person there</source>
        <translation>la persona de contacto allí</translation>
    </message>
    <message>
        <source>the representada&apos;s number or name</source>
        <translation>el número o el nombre de la representada</translation>
    </message>
    <message>
        <source>add a representada</source>
        <translation>agrega una representada</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>change a representada (a new rate reaches its open leads that follow it)</source>
        <translation>cambia una representada (una tasa nueva llega a sus prospectos abiertos que la siguen)</translation>
    </message>
    <message>
        <source>its new name</source>
        <translation>su nombre nuevo</translation>
    </message>
    <message>
        <source>archive a representada (its leads keep it; not offered for new ones)</source>
        <translation>archiva una representada (sus prospectos la conservan; no se ofrece para nuevos)</translation>
    </message>
    <message>
        <source>bring an archived representada back</source>
        <translation>recupera una representada archivada</translation>
    </message>
    <message>
        <source>show a won lead&apos;s commission, or record that it was invoiced, that the customer paid (an amount of the sale) or that it was received</source>
        <translation>muestra la comisión de un prospecto ganado, o registra que se facturó, que el cliente pagó (un importe de la venta) o que se recibió</translation>
    </message>
    <message>
        <source>the commission was invoiced: this amount of commission</source>
        <translation>se facturó la comisión: este importe de comisión</translation>
    </message>
    <message>
        <source>the customer paid this amount of the sale (it earns its part of the commission)</source>
        <translation>el cliente pagó este importe de la venta (genera su parte de la comisión)</translation>
    </message>
    <message>
        <source>this amount of commission was received</source>
        <translation>se recibió este importe de comisión</translation>
    </message>
    <message>
        <source>cancel a wrong entry by its number (with --reason)</source>
        <translation>cancela un registro equivocado por su número (con --reason)</translation>
    </message>
    <message>
        <source>when it happened: today or before (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>cuándo ocurrió: hoy o antes (dd/mm/aaaa o aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>with --cancel: why the entry is wrong</source>
        <translation>con --cancel: por qué el registro está mal</translation>
    </message>
    <message>
        <source>the commissions of the won leads, with totals per representada and currency</source>
        <translation>las comisiones de los prospectos ganados, con totales por representada y moneda</translation>
    </message>
    <message>
        <source>only the customer payments and commissions past their dates</source>
        <translation>solo los pagos de clientes y las comisiones que pasaron su fecha</translation>
    </message>
    <message>
        <source>compare a representada&apos;s statement of commissions (CSV or xlsx) with its won leads; --record records what it proves as one batch</source>
        <translation>compara el estado de cuenta de comisiones de una representada (CSV o xlsx) con sus prospectos ganados; --record registra lo que prueba como un solo lote</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>el estado de cuenta</translation>
    </message>
    <message>
        <source>the representada that sent it</source>
        <translation>la representada que lo envió</translation>
    </message>
    <message>
        <source>map a column (its header or number) to customer, reference, sold, commission or date; repeatable</source>
        <translation>asigna una columna (su encabezado o número) a customer, reference, sold, commission o date; se puede repetir</translation>
    </message>
    <message>
        <source>record the commissions it proves (one batch, undoable)</source>
        <translation>registra las comisiones que prueba (un lote, que se puede deshacer)</translation>
    </message>
    <message>
        <source>write what does not agree to this file (.xlsx or .csv), to send back</source>
        <translation>escribir lo que no coincide en este archivo (.xlsx o .csv), para devolverlo</translation>
    </message>
    <message>
        <source>undo the payments a statement recorded (they stay, cancelled)</source>
        <translation>deshace los pagos que registró un estado de cuenta (quedan, cancelados)</translation>
    </message>
    <message>
        <source>the batch, as statement-1</source>
        <translation>el lote, como statement-1</translation>
    </message>
    <message>
        <source>why they are undone</source>
        <translation>por qué se deshacen</translation>
    </message>
    <message>
        <source>Representada {id} added: {name}.</source>
        <translation>Representada {id} agregada: {name}.</translation>
    </message>
    <message>
        <source>Representada {id} saved: {name}.</source>
        <translation>Representada {id} guardada: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) took the new commission rate.</source>
        <translation>
            <numerusform>%n prospecto abierto tomó la nueva tasa de comisión.</numerusform>
            <numerusform>%n prospectos abiertos tomaron la nueva tasa de comisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Representada {name} archived.</source>
        <translation>Representada {name} archivada.</translation>
    </message>
    <message>
        <source>Representada {name} restored.</source>
        <translation>Representada {name} restaurada.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Re-order (days)</source>
        <translation>Recompra (días)</translation>
    </message>
    <message>
        <source>Terms (days)</source>
        <translation>Plazo (días)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Entry {id} cancelled.</source>
        <translation>Registro {id} cancelado.</translation>
    </message>
    <message>
        <source>Lead {id}: {what} {amount} on {date} (entry {entry}).</source>
        <translation>Prospecto {id}: {what} {amount} el {date} (registro {entry}).</translation>
    </message>
    <message>
        <source>Say what happened: --invoiced AMOUNT, --customer-paid AMOUNT or --received AMOUNT (with --date DATE).</source>
        <translation>Diga qué ocurrió: --invoiced IMPORTE, --customer-paid IMPORTE o --received IMPORTE (con --date FECHA).</translation>
    </message>
    <message>
        <source>Lead {id} (&apos;{title}&apos;) is not won: it has no commission yet.</source>
        <translation>El prospecto {id} («{title}») no está ganado: aún no tiene comisión.</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Ganado el</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <source>Customer paid</source>
        <translation>Pagado por el cliente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>Customer payment due</source>
        <translation>El cliente paga el</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>Commission due</source>
        <translation>Comisión a cobrar el</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>cancelado: {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a statement: {fields}.</source>
        <translation>«{field}» no es un campo de un estado de cuenta: {fields}.</translation>
    </message>
    <message>
        <source>The statement has no column &apos;{column}&apos;.</source>
        <translation>El estado de cuenta no tiene la columna «{column}».</translation>
    </message>
    <message numerus="yes">
        <source>Statement of {name}, {first} to {last}: %n line(s) matched.</source>
        <translation>
            <numerusform>Estado de cuenta de {name}, del {first} al {last}: %n línea coincide.</numerusform>
            <numerusform>Estado de cuenta de {name}, del {first} al {last}: %n líneas coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {title} paid {paid}, agreed {expected}.</source>
        <translation>Línea {line}: {title} pagó {paid}, lo acordado es {expected}.</translation>
    </message>
    <message>
        <source>Missing: lead {id} {title} (paid {date}).</source>
        <translation>Falta: prospecto {id} {title} (pagado el {date}).</translation>
    </message>
    <message>
        <source>Line {line} matches no won lead: {customer} {reference}.</source>
        <translation>La línea {line} no coincide con ningún prospecto ganado: {customer} {reference}.</translation>
    </message>
    <message>
        <source>Recorded as {batch}.</source>
        <translation>Registrado como {batch}.</translation>
    </message>
    <message numerus="yes">
        <source>{batch} undone: %n payment(s) cancelled.</source>
        <translation>
            <numerusform>{batch} deshecho: %n pago cancelado.</numerusform>
            <numerusform>{batch} deshecho: %n pagos cancelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>a report: pipeline, wins, response, sources or forecast</source>
        <translation>un informe: pipeline, wins, response, sources o forecast</translation>
    </message>
    <message>
        <source>which report: pipeline, wins, response, sources or forecast</source>
        <translation>qué informe: pipeline, wins, response, sources o forecast</translation>
    </message>
    <message>
        <source>from this day on</source>
        <translation>desde este día</translation>
    </message>
    <message>
        <source>up to this day, included</source>
        <translation>hasta este día, incluido</translation>
    </message>
    <message>
        <source>write the report to this .csv or .xlsx file</source>
        <translation>escribir el informe en este archivo .csv o .xlsx</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n más</numerusform>
            <numerusform>+ %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (hoy)</translation>
    </message>
    <message>
        <source>No hour</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · hoy</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Expected payment: {what}</source>
        <translation>Pago esperado: {what}</translation>
    </message>
    <message>
        <source>Commitment: {what}</source>
        <translation>Compromiso: {what}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Vencido:</translation>
    </message>
    <message>
        <source>Drag it to another day, or press R, to reschedule it.</source>
        <translation>Arrástrelo a otro día, o pulse R, para reprogramarlo.</translation>
    </message>
    <message>
        <source>{day} — today</source>
        <translation>{day} — hoy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Lead and contact</source>
        <translation>Prospecto y contacto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Day sheet…</source>
        <translation>Hoja del &amp;día…</translation>
    </message>
    <message>
        <source>Print the selected day&apos;s visits and calls, or save them as PDF</source>
        <translation>Imprimir las visitas y llamadas del día elegido, o guardarlas en PDF</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Keys: arrows move · Enter opens · R reschedules · Ctrl+arrows move a day or an hour · Page Up/Down change the period</source>
        <translation>Teclas: flechas mueven · Intro abre · R reprograma · Ctrl+flechas mueven un día o una hora · Re Pág/Av Pág cambian el periodo</translation>
    </message>
    <message>
        <source>All representadas</source>
        <translation>Todas las representadas</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Expected payments</source>
        <translation>Pagos esperados</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) in this period</source>
        <translation>
            <numerusform>%n seguimiento en este periodo</numerusform>
            <numerusform>%n seguimientos en este periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>An expected payment is shown here, not moved: change it in the lead.</source>
        <translation>Un pago esperado se muestra aquí, no se mueve: cámbielo en el prospecto.</translation>
    </message>
    <message>
        <source>Moved to {date}: {what}</source>
        <translation>Movido al {date}: {what}</translation>
    </message>
    <message>
        <source>It has no hour: move it by days (Ctrl+Left, Ctrl+Right).</source>
        <translation>No tiene hora: muévalo por días (Ctrl+Izquierda, Ctrl+Derecha).</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Abrir prospecto</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Day sheet saved: {file}</source>
        <translation>Hoja del día guardada: {file}</translation>
    </message>
</context>
<context>
    <name>CancelEntryDialog</name>
    <message>
        <source>Cancel a commission entry</source>
        <translation>Cancelar un registro de comisión</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong?</source>
        <translation>¿&amp;Por qué está mal?</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Cancelar el &amp;registro</translation>
    </message>
    <message>
        <source>{what}: {amount} on {date}. It stays in the history, marked cancelled.</source>
        <translation>{what}: {amount} el {date}. Queda en el historial, marcado como cancelado.</translation>
    </message>
</context>
<context>
    <name>ChancesDialog</name>
    <message>
        <source>Chance of winning by stage</source>
        <translation>Probabilidad de ganar por etapa</translation>
    </message>
    <message>
        <source>The forecast weighs each open lead&apos;s commission by the chance of winning a lead in its stage.</source>
        <translation>La previsión pondera la comisión de cada prospecto abierto por la probabilidad de ganar un prospecto en su etapa.</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>ChooseTimeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Remind me &amp;again on:</source>
        <translation>&amp;Recordármelo de nuevo el:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
</context>
<context>
    <name>Commissions</name>
    <message>
        <source>Give the amount received: nothing is expected of this lead&apos;s commission.</source>
        <translation>Indique el importe recibido: no se espera nada de la comisión de este prospecto.</translation>
    </message>
    <message>
        <source>There is no commission entry {id}.</source>
        <translation>No existe el registro de comisión {id}.</translation>
    </message>
    <message>
        <source>The commission entry {id} is not one of lead {lead}&apos;s.</source>
        <translation>El registro de comisión {id} no es del prospecto {lead}.</translation>
    </message>
    <message>
        <source>Commission invoiced</source>
        <translation>Comisión facturada</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>Pagado por el cliente</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>Comisión recibida</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <source>Customer paid</source>
        <translation>Pagada por el cliente</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Recibida en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Customer payment due</source>
        <translation>Pago del cliente vencido</translation>
    </message>
    <message>
        <source>Commission due</source>
        <translation>Comisión vencida</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>Indique el importe.</translation>
    </message>
    <message>
        <source>An amount of zero records nothing.</source>
        <translation>Un importe de cero no registra nada.</translation>
    </message>
    <message>
        <source>Give the date it happened.</source>
        <translation>Indique la fecha en que ocurrió.</translation>
    </message>
    <message>
        <source>{date} is in the future: record a payment or an invoice once it happened.</source>
        <translation>{date} está en el futuro: registre un pago o una factura cuando haya ocurrido.</translation>
    </message>
    <message>
        <source>{date} is before the lead was received ({received}): give the date it really happened.</source>
        <translation>{date} es anterior a la recepción del prospecto ({received}): indique la fecha en que ocurrió de verdad.</translation>
    </message>
    <message>
        <source>Say what happened: the commission was invoiced, the customer paid, or the commission was received.</source>
        <translation>Diga qué ocurrió: se facturó la comisión, el cliente pagó o se recibió la comisión.</translation>
    </message>
    <message>
        <source>Only a won lead earns a commission (&apos;{title}&apos; is not won).</source>
        <translation>Solo un prospecto ganado genera comisión («{title}» no está ganado).</translation>
    </message>
    <message>
        <source>The customer would have paid {total}, more than the sale&apos;s value ({value}): correct the lead&apos;s value first.</source>
        <translation>El cliente habría pagado {total}, más que el valor de la venta ({value}): corrija primero el valor del prospecto.</translation>
    </message>
    <message>
        <source>That entry was already cancelled on {date}.</source>
        <translation>Ese registro ya se canceló el {date}.</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Diga por qué se cancela el registro.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>P&amp;uesto</translation>
    </message>
    <message>
        <source>One e-mail address per line</source>
        <translation>Un correo electrónico por línea</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>Correos &amp;electrónicos</translation>
    </message>
    <message>
        <source>One phone number per line</source>
        <translation>Un teléfono por línea</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Te&amp;léfonos</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>&amp;State / region</source>
        <translation>Estado / &amp;región</translation>
    </message>
    <message>
        <source>Postal c&amp;ode</source>
        <translation>&amp;Código postal</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Nuevo &amp;prospecto…</translation>
    </message>
    <message>
        <source>Leads of this contact</source>
        <translation>Prospectos de este contacto</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact needs a name or a company.</source>
        <translation>Un contacto necesita un nombre o una empresa.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number we can read for {country}: write it with its area code, or with + and the country code.</source>
        <translation>«{phone}» no es un número de teléfono que podamos leer para {country}: escríbalo con su código de área, o con + y el código del país.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» no es una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, phones, e-mails, tags, notes… (Ctrl+F)</source>
        <translation>Buscar nombres, empresas, teléfonos, correos, etiquetas, notas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenido a {app}</translation>
    </message>
    <message>
        <source>Which country are your contacts&apos; phone numbers from?</source>
        <translation>¿De qué país son los teléfonos de sus contactos?</translation>
    </message>
    <message>
        <source>A number written without its country code (such as 33&#xa0;1234&#xa0;5678) is read as a number of this country. You can change it later in the preferences.</source>
        <translation>Un número escrito sin clave de país (como 33&#xa0;1234&#xa0;5678) se lee como número de este país. Puede cambiarlo más tarde en las preferencias.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1 — unexpected error</source>
        <translation>%1 — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong in Contactos.</source>
        <translation>Algo salió mal en Contactos.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Qué pasó: %1</translation>
    </message>
    <message>
        <source>The data saved so far is intact. The change you were making when this happened may not have been saved: check it, and make it again if needed.</source>
        <translation>Los datos guardados hasta ahora están intactos. El cambio que estaba haciendo cuando esto ocurrió puede no haberse guardado: revíselo y vuelva a hacerlo si hace falta.</translation>
    </message>
    <message>
        <source>The details were written to the log: %1</source>
        <translation>Los detalles se escribieron en el archivo de registro: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log; copy them from here.</source>
        <translation>Los detalles no se pudieron escribir en el archivo de registro; cópielos desde aquí.</translation>
    </message>
    <message>
        <source>Co&amp;py details</source>
        <translation>Co&amp;piar los detalles</translation>
    </message>
    <message>
        <source>Open the log &amp;folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>The details were copied: paste them in your message.</source>
        <translation>Se copiaron los detalles: péguelos en su mensaje.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>&apos;{text}&apos; is not a valid date. Write it as dd/mm/yyyy (25/11/2026) or yyyy-mm-dd (2026-11-25).</source>
        <translation>«{text}» no es una fecha válida. Escríbala como dd/mm/aaaa (25/11/2026) o aaaa-mm-dd (2026-11-25).</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheet — {day}</source>
        <translation>Hoja del día — {day}</translation>
    </message>
    <message>
        <source>Nothing planned for this day: no visits or calls.</source>
        <translation>Nada planeado para este día: ni visitas ni llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) and call(s), in time order.</source>
        <translation>
            <numerusform>%n visita o llamada, por orden de hora.</numerusform>
            <numerusform>%n visitas y llamadas, por orden de hora.</numerusform>
        </translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n day(s) late</source>
        <translation>
            <numerusform>Vencido: %n día de retraso</numerusform>
            <numerusform>Vencido: %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Impediments</source>
        <translation>Impedimentos</translation>
    </message>
    <message>
        <source>The day sheet cannot be written to {file}: {reason}</source>
        <translation>La hoja del día no se puede escribir en {file}: {reason}</translation>
    </message>
    <message>
        <source>day sheet {date}</source>
        <translation>hoja del día {date}</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Guardar la hoja del día</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Imprimir la hoja del día</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already has data; the demo is only loaded into an empty database.</source>
        <translation>La base de datos ya tiene datos; la demostración sólo se carga en una base de datos vacía.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose what to do with each duplicate.</source>
        <translation>Todavía no se ha guardado nada. Elija qué hacer con cada duplicado.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nuevos:</translation>
    </message>
    <message>
        <source>Already contacts:</source>
        <translation>Ya son contactos:</translation>
    </message>
    <message>
        <source>Repeated in the file:</source>
        <translation>Repetidos en el archivo:</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>Posibles duplicados:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Same e-mail or &amp;phone:</source>
        <translation>Mismo correo o &amp;teléfono:</translation>
    </message>
    <message>
        <source>Similar &amp;name only:</source>
        <translation>Solo &amp;nombre parecido:</translation>
    </message>
    <message>
        <source>A similar name at the same company may be another person: these rows are created unless you choose otherwise.</source>
        <translation>Un nombre parecido en la misma empresa puede ser otra persona: estas filas se crean, salvo que usted elija otra cosa.</translation>
    </message>
    <message>
        <source>Values kept in the notes, lines left out:</source>
        <translation>Valores guardados en las notas y líneas que se dejaron fuera:</translation>
    </message>
    <message>
        <source>Line {line} left out: {reason}</source>
        <translation>Línea {line} dejada fuera: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {detail}</source>
        <translation>No se puede escribir {path}: {detail}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID del prospecto</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Date in the list</source>
        <translation>Fecha en la lista</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Won by / loss reason</source>
        <translation>Ganado con / motivo de pérdida</translation>
    </message>
    <message>
        <source>Prospect&apos;s words</source>
        <translation>Palabras del prospecto</translation>
    </message>
    <message>
        <source>The follow-ups can be exported from 1 to {most} days ahead, not {days}.</source>
        <translation>Los seguimientos se pueden exportar de 1 a {most} días hacia adelante, no {days}.</translation>
    </message>
    <message>
        <source>Contactos follow-ups</source>
        <translation>Seguimientos de Contactos</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Tiempo de respuesta (horas)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>There is no source number {source_id}.</source>
        <translation>No existe el origen número {source_id}.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Real opportunities</source>
        <translation>Oportunidades reales</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <source>Average response time (hours)</source>
        <translation>Tiempo medio de respuesta (horas)</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Motivos de pérdida</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>There is no source called &apos;{name}&apos;.</source>
        <translation>No existe un origen llamado «{name}».</translation>
    </message>
    <message>
        <source>There is no source called &apos;{name}&apos;. The sources are: {known}.</source>
        <translation>No existe un origen llamado «{name}». Los orígenes son: {known}.</translation>
    </message>
    <message>
        <source>Contacts written to {file}: {count}.</source>
        <translation>Contactos escritos en {file}: {count}.</translation>
    </message>
    <message>
        <source>Leads written to {file}: {count}.</source>
        <translation>Prospectos escritos en {file}: {count}.</translation>
    </message>
    <message>
        <source>Follow-ups written to {file}: {count}.</source>
        <translation>Seguimientos escritos en {file}: {count}.</translation>
    </message>
    <message>
        <source>Say which source: --source NAME.</source>
        <translation>Indique el origen: --source NOMBRE.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Commission paid</source>
        <translation>Comisión pagada</translation>
    </message>
    <message>
        <source>Commission agreed</source>
        <translation>Comisión acordada</translation>
    </message>
    <message>
        <source>Paid minus agreed</source>
        <translation>Pagado menos acordado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>A report is exported as .csv or .xlsx (or .pdf from the window).</source>
        <translation>Un informe se exporta como .csv o .xlsx (o .pdf desde la ventana).</translation>
    </message>
    <message>
        <source>Commission lower than agreed</source>
        <translation>Comisión menor que la acordada</translation>
    </message>
    <message>
        <source>Won, missing from the statement</source>
        <translation>Ganado, falta en el estado de cuenta</translation>
    </message>
    <message>
        <source>Matches no won lead</source>
        <translation>No corresponde a ningún prospecto ganado</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A CSV or text file, an Excel workbook (.xlsx) or vCards (.vcf) as the distributor sent it.</source>
        <translation>Un archivo CSV o de texto, un libro de Excel (.xlsx) o vCards (.vcf), tal como se lo envió el distribuidor.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Ruta del archivo que desea importar</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf)</source>
        <translation>Contactos (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Import number {batch}</source>
        <translation>Importación número {batch}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=FIELD; the fields are: {fields}.</source>
        <translation>«{item}» no tiene la forma COLUMNA=CAMPO; los campos son: {fields}.</translation>
    </message>
    <message>
        <source>There is no column &apos;{column}&apos; in this file.</source>
        <translation>No hay una columna «{column}» en este archivo.</translation>
    </message>
    <message>
        <source>Dry run. New: {new}; already contacts: {duplicate}; repeated in the file: {in_file}; possible duplicates: {possible}; rejected: {rejected}.</source>
        <translation>Simulación. Nuevos: {new}; ya son contactos: {duplicate}; repetidos en el archivo: {in_file}; posibles duplicados: {possible}; rechazados: {rejected}.</translation>
    </message>
    <message>
        <source>Imported batch {batch}. Created: {created}; merged: {merged}; skipped: {skipped}; rejected: {rejected}.</source>
        <translation>Importación {batch}. Creados: {created}; combinados: {merged}; omitidos: {skipped}; rechazados: {rejected}.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by {delimiter}.</source>
        <translation>Leído como {encoding}, columnas separadas por {delimiter}.</translation>
    </message>
    <message>
        <source>The amounts of this file name several currencies ({currencies}): each amount keeps the one written beside it, and an amount without one is kept in the notes.</source>
        <translation>Los montos de este archivo indican varias monedas ({currencies}): cada monto conserva la que lleva escrita, y un monto sin moneda se guarda en las notas.</translation>
    </message>
    <message>
        <source>Amounts in {currency} ({origin}).</source>
        <translation>Montos en {currency} ({origin}).</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>Lines of the file left out:</source>
        <translation>Líneas del archivo que se dejaron fuera:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Values kept in the notes:</source>
        <translation>Valores guardados en las notas:</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (deshecha)</translation>
    </message>
    <message>
        <source>Same e-mail as an existing contact: {value}</source>
        <translation>Mismo correo que un contacto existente: {value}</translation>
    </message>
    <message>
        <source>Same phone as an existing contact: {value}</source>
        <translation>Mismo teléfono que un contacto existente: {value}</translation>
    </message>
    <message>
        <source>Same e-mail or phone as line {line} of this file: {value}</source>
        <translation>Mismo correo o teléfono que la línea {line} de este archivo: {value}</translation>
    </message>
    <message>
        <source>A similar name at the same company is already a contact.</source>
        <translation>Un nombre parecido en la misma empresa ya es un contacto.</translation>
    </message>
    <message>
        <source>A similar name at the same company is on line {line}.</source>
        <translation>Hay un nombre parecido en la misma empresa en la línea {line}.</translation>
    </message>
    <message>
        <source>Lead from {file}</source>
        <translation>Prospecto de {file}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation>Ya es contacto</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Repetido en el archivo</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>como indica el archivo</translation>
    </message>
    <message>
        <source>the representada&apos;s currency</source>
        <translation>la moneda de la representada</translation>
    </message>
    <message>
        <source>the source&apos;s currency</source>
        <translation>la moneda del origen</translation>
    </message>
    <message>
        <source>the currency of the country chosen for the file</source>
        <translation>la moneda del país elegido para el archivo</translation>
    </message>
    <message>
        <source>your default currency</source>
        <translation>su moneda predeterminada</translation>
    </message>
    <message>
        <source>There is no import {batch}.</source>
        <translation>No existe la importación {batch}.</translation>
    </message>
    <message>
        <source>The import {batch} was already undone.</source>
        <translation>La importación {batch} ya se deshizo.</translation>
    </message>
    <message>
        <source>Import {batch} undone. Contacts removed: {contacts}; leads removed: {leads}; changes reverted: {reverted}.</source>
        <translation>Importación {batch} deshecha. Contactos quitados: {contacts}; prospectos quitados: {leads}; cambios revertidos: {reverted}.</translation>
    </message>
    <message>
        <source>Kept, because they were worked on after the import: leads: {leads}; contacts: {contacts}; values changed since: {changes}.</source>
        <translation>Se conservan, porque se trabajaron después de la importación: prospectos: {leads}; contactos: {contacts}; valores cambiados desde entonces: {changes}.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Título del prospecto</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows. Contactos imports lists of up to {limit} rows at a time: split it into files of fewer rows (in Excel or LibreOffice, copy the header row and a block of rows into a new sheet and save it), then import them one after the other.</source>
        <translation>El archivo {name} tiene más de {limit} filas. Contactos importa listas de hasta {limit} filas cada vez: divídalo en archivos con menos filas (en Excel o LibreOffice, copie la fila de encabezados y un bloque de filas en una hoja nueva y guárdela) e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; Contactos reads files of up to {limit} MB. Split the list into smaller files (in Excel or LibreOffice, copy the header row and a block of rows into a new sheet and save it), then import them one after the other.</source>
        <translation>El archivo {name} ocupa {size} MB; Contactos lee archivos de hasta {limit} MB. Divida la lista en archivos más pequeños (en Excel o LibreOffice, copie la fila de encabezados y un bloque de filas en una hoja nueva y guárdela) e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>The workbook {name} unpacks to {size} MB of data, more than the {limit} MB Contactos reads; it may be damaged, or made to fill the computer&apos;s memory. If you trust it, open it in Excel or LibreOffice and save its rows in smaller files.</source>
        <translation>El libro {name} se descomprime en {size} MB de datos, más de los {limit} MB que lee Contactos; puede estar dañado o hecho para llenar la memoria del equipo. Si confía en él, ábralo en Excel o LibreOffice y guarde sus filas en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The workbook {name} packs {size} MB of data into {packed} MB, far tighter than a spreadsheet program packs one; it may be damaged, or made to fill the computer&apos;s memory. If you trust it, open it in Excel or LibreOffice, save it again and import that copy.</source>
        <translation>El libro {name} comprime {size} MB de datos en {packed} MB, mucho más de lo que los comprime una hoja de cálculo; puede estar dañado o hecho para llenar la memoria del equipo. Si confía en él, ábralo en Excel o LibreOffice, guárdelo de nuevo e importe esa copia.</translation>
    </message>
    <message>
        <source>a title above the header</source>
        <translation>un título encima de los encabezados</translation>
    </message>
    <message>
        <source>a note below the data</source>
        <translation>una nota debajo de los datos</translation>
    </message>
    <message>
        <source>a totals row</source>
        <translation>una fila de totales</translation>
    </message>
    <message>
        <source>a line that cannot be read</source>
        <translation>una línea que no se puede leer</translation>
    </message>
    <message>
        <source>an empty card</source>
        <translation>una tarjeta vacía</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({detail}).</source>
        <translation>No se puede abrir el archivo {name} ({detail}).</translation>
    </message>
    <message>
        <source>The file {name} is an old Excel .xls workbook. Open it in Excel and save it as .xlsx or CSV, then import that.</source>
        <translation>El archivo {name} es un libro antiguo de Excel (.xls). Ábralo en Excel, guárdelo como .xlsx o CSV e importe ese.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <source>The file {name} is not a CSV, Excel or vCard file we can read ({detail}).</source>
        <translation>El archivo {name} no es un CSV, Excel o vCard que podamos leer ({detail}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding}: choose another encoding.</source>
        <translation>El archivo {name} no se puede leer como {encoding}: elija otra codificación.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding we know.</source>
        <translation>«{encoding}» no es una codificación conocida.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Windows (Western European)</source>
        <translation>Windows (Europa occidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, con €)</translation>
    </message>
    <message>
        <source>Mac (Western European)</source>
        <translation>Mac (Europa occidental)</translation>
    </message>
    <message>
        <source>MS-DOS (Western European)</source>
        <translation>MS-DOS (Europa occidental)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonés (Shift-JIS)</translation>
    </message>
    <message>
        <source>Japanese (Windows, Shift-JIS)</source>
        <translation>Japonés (Windows, Shift-JIS)</translation>
    </message>
    <message>
        <source>Japanese (EUC-JP)</source>
        <translation>Japonés (EUC-JP)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Chino simplificado (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Chino tradicional (Big5)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>Coreano (EUC-KR)</translation>
    </message>
    <message>
        <source>&apos;{delimiter}&apos; cannot separate columns: use one character.</source>
        <translation>«{delimiter}» no puede separar columnas: use un solo carácter.</translation>
    </message>
    <message>
        <source>The file {name} has {count} rows; row {row} cannot be the header.</source>
        <translation>El archivo {name} tiene {count} filas; la fila {row} no puede ser el encabezado.</translation>
    </message>
    <message>
        <source>The sheet {sheet} is not in {name}; its sheets are: {sheets}.</source>
        <translation>La hoja {sheet} no está en {name}; sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {name} is empty.</source>
        <translation>La hoja {sheet} de {name} está vacía.</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>Amount &apos;{value}&apos; in column {column} is negative; kept in the notes.</source>
        <translation>El monto «{value}» de la columna {column} es negativo; se guardó en las notas.</translation>
    </message>
    <message>
        <source>Amount &apos;{value}&apos; in column {column} could be {grouped} or {decimal}: the column writes both decimal marks; kept in the notes.</source>
        <translation>El monto «{value}» de la columna {column} puede ser {grouped} o {decimal}: la columna usa los dos separadores decimales; se guardó en las notas.</translation>
    </message>
    <message>
        <source>Amount &apos;{value}&apos; in column {column}: {reason} Kept in the notes.</source>
        <translation>Monto «{value}» de la columna {column}: {reason} Se guardó en las notas.</translation>
    </message>
    <message>
        <source>Amount &apos;{value}&apos; in column {column} names no currency, and the amounts of this file name several ({currencies}); kept in the notes.</source>
        <translation>El monto «{value}» de la columna {column} no indica moneda, y los montos de este archivo indican varias ({currencies}); se guardó en las notas.</translation>
    </message>
    <message>
        <source>Country &apos;{value}&apos; in column {column} is not a country we know; its phones were read as numbers of {country}.</source>
        <translation>El país «{value}» de la columna {column} no es un país que conozcamos; sus teléfonos se leyeron como números de {country}.</translation>
    </message>
    <message>
        <source>E-mail &apos;{value}&apos; in column {column} is not a valid address; kept in the notes.</source>
        <translation>El correo «{value}» de la columna {column} no es una dirección válida; se guardó en las notas.</translation>
    </message>
    <message>
        <source>Phone &apos;{value}&apos; in column {column} is not a valid number; kept in the notes.</source>
        <translation>El teléfono «{value}» de la columna {column} no es un número válido; se guardó en las notas.</translation>
    </message>
    <message>
        <source>Amount &apos;{value}&apos; in column {column} is not a number; kept in the notes.</source>
        <translation>El monto «{value}» de la columna {column} no es un número; se guardó en las notas.</translation>
    </message>
    <message>
        <source>Date &apos;{value}&apos; in column {column} is not a date we can read; kept in the notes.</source>
        <translation>La fecha «{value}» de la columna {column} no es una fecha legible; se guardó en las notas.</translation>
    </message>
    <message>
        <source>No name, company, e-mail or phone.</source>
        <translation>Sin nombre, empresa, correo ni teléfono.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>Undo import number {batch} of {file}?

Contacts created (removed, with their leads): {created}
Contacts merged into (put back as they were): {merged}
Rows skipped: {skipped}; rejected: {rejected}</source>
        <translation>¿Deshacer la importación número {batch} de {file}?

Contactos creados (se eliminan, con sus prospectos): {created}
Contactos combinados (vuelven a quedar como estaban): {merged}
Filas omitidas: {skipped}; rechazadas: {rejected}</translation>
    </message>
    <message>
        <source>What you have recorded since the import (calls, visits, closings, edits) is kept, with the leads and contacts it is about.</source>
        <translation>Lo que haya registrado desde la importación (llamadas, visitas, cierres, cambios) se conserva, con los prospectos y contactos a los que se refiere.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The amounts of this file name several currencies ({currencies}): each keeps the one written beside it; an amount without one is kept in the notes.</source>
        <translation>Los montos de este archivo indican varias monedas ({currencies}): cada uno conserva la que lleva escrita; un monto sin moneda se guarda en las notas.</translation>
    </message>
    <message>
        <source>Amounts in {currency} ({origin}).</source>
        <translation>Montos en {currency} ({origin}).</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>The fields of the vCards are known.</source>
        <translation>Los campos de las vCards ya se conocen.</translation>
    </message>
    <message>
        <source>As you matched them for the last file from {source}.</source>
        <translation>Como las asignó en el último archivo de {source}.</translation>
    </message>
    <message>
        <source>Guessed from the column names: check them.</source>
        <translation>Deducido de los nombres de las columnas: revíselo.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The database is busy. Wait a moment and import the file again.</source>
        <translation>La base de datos está ocupada. Espere un momento y vuelva a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Edit lead</source>
        <translation>Editar prospecto</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E&amp;xisting contact</source>
        <translation>Contacto e&amp;xistente</translation>
    </message>
    <message>
        <source>Ne&amp;w contact</source>
        <translation>Contacto &amp;nuevo</translation>
    </message>
    <message>
        <source>Type a name, company, phone or e-mail</source>
        <translation>Escriba un nombre, empresa, teléfono o correo</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>What you are selling</source>
        <translation>Lo que vende</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mone&amp;da</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Choose one, or type a new name</source>
        <translation>Elija o escriba uno nuevo</translation>
    </message>
    <message>
        <source>&amp;Representada</source>
        <translation>Re&amp;presentada</translation>
    </message>
    <message>
        <source>Comm&amp;ission</source>
        <translation>Com&amp;isión</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>O&amp;rigen</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>Expected cl&amp;ose date</source>
        <translation>Fecha estimada de &amp;cierre</translation>
    </message>
    <message>
        <source>Expected pa&amp;yment date</source>
        <translation>Fecha estimada de pa&amp;go</translation>
    </message>
    <message>
        <source>Why this matters to the prospect</source>
        <translation>Por qué le importa al prospecto</translation>
    </message>
    <message>
        <source>Value for t&amp;he prospect</source>
        <translation>Valor para el pro&amp;specto</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Not&amp;as</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>e.g. Call to confirm the quote</source>
        <translation>p. ej. Llamar para confirmar la cotización</translation>
    </message>
    <message>
        <source>Wh&amp;at</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>This lead is closed ({status}): reopen it to plan its next action.</source>
        <translation>Este prospecto está cerrado ({status}): reábrelo para planear su siguiente acción.</translation>
    </message>
    <message>
        <source>Choose a contact from the list, or enter a new contact.</source>
        <translation>Elija un contacto de la lista o capture un contacto nuevo.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>In limbo</source>
        <translation>En el limbo</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Sin atender</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>In limbo: the next action is overdue or nothing was logged for longer than the stage allows.</source>
        <translation>En el limbo: la siguiente acción está vencida o no se ha registrado nada en más tiempo del que permite la etapa.</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>&amp;Ganado…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Perdido…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>&amp;Save next action</source>
        <translation>Guardar &amp;siguiente acción</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Representada:</source>
        <translation>Representada:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Comisión:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>Date in the list:</source>
        <translation>Fecha en la lista:</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Primer contacto:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Cierre esperado:</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Why is this offer worth it to the prospect?</source>
        <translation>¿Por qué le conviene esta oferta al prospecto?</translation>
    </message>
    <message>
        <source>What is still unanswered?</source>
        <translation>¿Qué preguntas siguen sin respuesta?</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Visi&amp;t</source>
        <translation>Visi&amp;ta</translation>
    </message>
    <message>
        <source>Whats&amp;App</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Save chec&amp;klist</source>
        <translation>Guar&amp;dar lista</translation>
    </message>
    <message>
        <source>What is delaying the close?</source>
        <translation>¿Qué está retrasando el cierre?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>How was the selected one resolved?</source>
        <translation>¿Cómo se resolvió el seleccionado?</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>What was promised?</source>
        <translation>¿Qué se prometió?</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Value for the prospect:</source>
        <translation>Valor para el prospecto:</translation>
    </message>
    <message>
        <source>Open questions:</source>
        <translation>Preguntas abiertas:</translation>
    </message>
    <message>
        <source>Expected payment:</source>
        <translation>Pago esperado:</translation>
    </message>
    <message>
        <source>Impediments:</source>
        <translation>Impedimentos:</translation>
    </message>
    <message>
        <source>Commitments:</source>
        <translation>Compromisos:</translation>
    </message>
    <message numerus="yes">
        <source>the next action is %n day(s) overdue</source>
        <translation>
            <numerusform>la siguiente acción lleva %n día vencida</numerusform>
            <numerusform>la siguiente acción lleva %n días vencida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was logged for more than %n day(s)</source>
        <translation>
            <numerusform>no se ha registrado nada en más de %n día</numerusform>
            <numerusform>no se ha registrado nada en más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>In limbo: {0}.</source>
        <translation>En el limbo: {0}.</translation>
    </message>
    <message>
        <source>Won on {0}: {1} {2}</source>
        <translation>Ganado el {0}: {1} {2}</translation>
    </message>
    <message>
        <source>Lost on {0}: {1} — “{2}”</source>
        <translation>Perdido el {0}: {1} — «{2}»</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>{0}% ({1})</source>
        <translation>{0} % ({1})</translation>
    </message>
    <message>
        <source>due on {0}</source>
        <translation>se espera el {0}</translation>
    </message>
    <message>
        <source>not attended yet</source>
        <translation>aún sin atender</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>en menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>after %n hour(s)</source>
        <translation>
            <numerusform>tras %n hora</numerusform>
            <numerusform>tras %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — resolved: {1}</source>
        <translation>{0} — resuelto: {1}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>Select the impediment that was resolved.</source>
        <translation>Seleccione el impedimento que se resolvió.</translation>
    </message>
    <message>
        <source>Select the commitment that was kept.</source>
        <translation>Seleccione el compromiso que se cumplió.</translation>
    </message>
    <message>
        <source>Commitment kept: {what}</source>
        <translation>Compromiso cumplido: {what}</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search names, companies, phones, e-mails, notes… (Ctrl+F)</source>
        <translation>Buscar nombres, empresas, teléfonos, correos, notas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Only in &amp;limbo</source>
        <translation>Sólo en el &amp;limbo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>All representadas</source>
        <translation>Todas las representadas</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospecto</numerusform>
            <numerusform>%n prospectos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Esperada:</translation>
    </message>
    <message>
        <source>Invoiced:</source>
        <translation>Facturada:</translation>
    </message>
    <message>
        <source>Customer paid:</source>
        <translation>Pagado por el cliente:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>Pendiente de cobro:</translation>
    </message>
    <message>
        <source>Customer pays by:</source>
        <translation>El cliente paga el:</translation>
    </message>
    <message>
        <source>Commission due by:</source>
        <translation>Comisión a cobrar el:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Commission entries</source>
        <translation>Registros de comisión</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Cancel entr&amp;y…</source>
        <translation>Cancelar re&amp;gistro…</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>the customer is late</source>
        <translation>el cliente está atrasado</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>{0} (cancelled)</source>
        <translation>{0} (cancelado)</translation>
    </message>
    <message>
        <source>Cancelled on {0}: {1}</source>
        <translation>Cancelado el {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log activity</source>
        <translation>Registrar actividad</translation>
    </message>
    <message>
        <source>Complete activity</source>
        <translation>Completar actividad</translation>
    </message>
    <message>
        <source>Mark next action as done</source>
        <translation>Marcar la siguiente acción como hecha</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Details worth remembering (optional)</source>
        <translation>Detalles que conviene recordar (opcional)</translation>
    </message>
    <message>
        <source>Where was the visit?</source>
        <translation>¿Dónde fue la visita?</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close as &amp;won…</source>
        <translation>Cerrar como g&amp;anado…</translation>
    </message>
    <message>
        <source>Close as &amp;lost…</source>
        <translation>Cerrar como &amp;perdido…</translation>
    </message>
    <message>
        <source>Planned: {subject}</source>
        <translation>Planeado: {subject}</translation>
    </message>
    <message>
        <source>Done: {subject}</source>
        <translation>Hecho: {subject}</translation>
    </message>
    <message>
        <source>&amp;Keep the current next action</source>
        <translation>Cons&amp;ervar la siguiente acción actual</translation>
    </message>
    <message>
        <source>&amp;Keep the current next action ({what} on {date})</source>
        <translation>Cons&amp;ervar la siguiente acción ({what}, el {date})</translation>
    </message>
    <message>
        <source>The current next action is overdue: give the lead a new one.</source>
        <translation>La siguiente acción actual está vencida: dele al prospecto una nueva.</translation>
    </message>
    <message>
        <source>This lead is closed ({status}): no next action is needed.</source>
        <translation>Este prospecto está cerrado ({status}): no necesita siguiente acción.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Close as lost</source>
        <translation>Cerrar como perdido</translation>
    </message>
    <message>
        <source>A lead is lost only when the prospect confirms it.</source>
        <translation>Un prospecto sólo se da por perdido cuando el propio prospecto lo confirma.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>What did the prospect say, in their words?</source>
        <translation>¿Qué dijo el prospecto, con sus propias palabras?</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The prospect&apos;s own &amp;words:</source>
        <translation>Las &amp;palabras del prospecto:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Not confirmed yet — schedule the confirmation</source>
        <translation>&amp;Aún no lo confirma — programar la confirmación</translation>
    </message>
    <message>
        <source>Confirmation contact</source>
        <translation>Contacto de confirmación</translation>
    </message>
    <message>
        <source>The lead stays open; its next action becomes asking the prospect whether they will buy.</source>
        <translation>El prospecto sigue abierto; su siguiente acción será preguntarle al prospecto si va a comprar.</translation>
    </message>
    <message>
        <source>Confirm &amp;on:</source>
        <translation>Confirmar &amp;el:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Marcar como perdi&amp;do</translation>
    </message>
    <message>
        <source>&amp;Schedule the confirmation</source>
        <translation>Pro&amp;gramar la confirmación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Representadas</source>
        <translation>Representadas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Nuevo &amp;prospecto…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nuevo &amp;contacto…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Copia de se&amp;guridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import contacts or leads…</source>
        <translation>&amp;Importar contactos o prospectos…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contactos…</translation>
    </message>
    <message>
        <source>Leads…</source>
        <translation>Prospectos…</translation>
    </message>
    <message>
        <source>Follow-ups as calendar (iCalendar)…</source>
        <translation>Seguimientos como calendario (iCalendar)…</translation>
    </message>
    <message>
        <source>Report for a source…</source>
        <translation>Informe para un origen…</translation>
    </message>
    <message>
        <source>Print the &amp;day sheet…</source>
        <translation>Imprimir la hoja del &amp;día…</translation>
    </message>
    <message>
        <source>Day &amp;sheet as PDF…</source>
        <translation>H&amp;oja del día en PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Prospectos</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Pipeline board</source>
        <translation>&amp;Embudo</translation>
    </message>
    <message>
        <source>Repr&amp;esentadas</source>
        <translation>&amp;Representadas</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Contactos</source>
        <translation>&amp;Acerca de Contactos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pipeline health: {0}%</source>
        <translation>Salud del embudo: {0} %</translation>
    </message>
    <message>
        <source>Pipeline health: no open leads</source>
        <translation>Salud del embudo: sin prospectos abiertos</translation>
    </message>
    <message>
        <source>Share of open leads whose next action is still ahead ({0} of {1}).</source>
        <translation>Proporción de prospectos abiertos cuya siguiente acción sigue por delante ({0} de {1}).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>There are no sources yet.</source>
        <translation>Todavía no hay orígenes.</translation>
    </message>
    <message>
        <source>Report for a source</source>
        <translation>Informe para un origen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>prospectos</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>report</source>
        <translation>reporte</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to {file}</source>
        <translation>
            <numerusform>%n contacto escrito en {file}</numerusform>
            <numerusform>%n contactos escritos en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to {file}</source>
        <translation>
            <numerusform>%n prospecto escrito en {file}</numerusform>
            <numerusform>%n prospectos escritos en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to {file}</source>
        <translation>
            <numerusform>%n seguimiento escrito en {file}</numerusform>
            <numerusform>%n seguimientos escritos en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — {keys} undoes it.</source>
        <translation>{change} — {keys} lo deshace.</translation>
    </message>
    <message>
        <source>&amp;Undo “{0}”</source>
        <translation>&amp;Deshacer «{0}»</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Undone: “{0}”</source>
        <translation>Deshecho: «{0}»</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Copia de seguridad guardada: {0}</translation>
    </message>
    <message>
        <source>About Contactos</source>
        <translation>Acerca de Contactos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contactos {0}&lt;/b&gt;&lt;br&gt;Contacts and follow-up for independent sales agents.&lt;br&gt;Data folder: {1}</source>
        <translation>&lt;b&gt;Contactos {0}&lt;/b&gt;&lt;br&gt;Contactos y seguimiento para agentes de ventas independientes.&lt;br&gt;Carpeta de datos: {1}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asigne las columnas</translation>
    </message>
    <message>
        <source>Say which field each column holds. Columns you do not import are left out.</source>
        <translation>Indique qué campo contiene cada columna. Las columnas que no importe se omiten.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reading the rows and looking for duplicates…</source>
        <translation>Leyendo las filas y buscando duplicados…</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>Field of column {name}</source>
        <translation>Campo de la columna {name}</translation>
    </message>
    <message>
        <source>Choose the field of at least one column.</source>
        <translation>Elija el campo de al menos una columna.</translation>
    </message>
</context>
<context>
    <name>NextActionEditor</name>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Kind of the next action</source>
        <translation>Tipo de la siguiente acción</translation>
    </message>
    <message>
        <source>What will you do next?</source>
        <translation>¿Qué hará después?</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ac&amp;ción:</translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuán&amp;do:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Where the file comes from</source>
        <translation>De dónde viene el archivo</translation>
    </message>
    <message>
        <source>The source remembers how its columns were matched, for the next file it sends.</source>
        <translation>El origen recuerda cómo se asignaron sus columnas, para el próximo archivo que le envíe.</translation>
    </message>
    <message>
        <source>Distributor, list or campaign (a new name is added)</source>
        <translation>Distribuidor, lista o campaña (un nombre nuevo se agrega)</translation>
    </message>
    <message>
        <source>The company the leads are for (optional)</source>
        <translation>La empresa a la que corresponden los prospectos (opcional)</translation>
    </message>
    <message>
        <source>Create a &amp;lead for each row</source>
        <translation>Crear un &amp;prospecto por cada fila</translation>
    </message>
    <message>
        <source>Otherwise only contacts are added, without an opportunity to follow up.</source>
        <translation>De lo contrario solo se agregan contactos, sin una oportunidad a la cual dar seguimiento.</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>For phone numbers written without a prefix (a row with a country of its own is read in it), and the currency of amounts the file does not name.</source>
        <translation>Para los teléfonos escritos sin prefijo (una fila con su propio país se lee en ese país) y para la moneda de los montos que el archivo no indica.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Representada:</source>
        <translation>&amp;Representada:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Country of the list:</source>
        <translation>País de la &amp;lista:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Click to change what to do.</source>
        <translation>Haga clic para cambiar qué hacer.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Revise cómo se lee el archivo</translation>
    </message>
    <message>
        <source>If letters look wrong or everything is in one column, change the encoding or the separator.</source>
        <translation>Si ve letras extrañas o todo queda en una sola columna, cambie la codificación o el separador.</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are written; choose another if accents look wrong.</source>
        <translation>Cómo están escritas las letras del archivo; elija otra si los acentos se ven mal.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>The row that holds the column names.</source>
        <translation>La fila que contiene los nombres de las columnas.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezados:</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>{rows} rows and {columns} columns.</source>
        <translation>{rows} filas y {columns} columnas.</translation>
    </message>
    <message>
        <source>The first {count} are shown.</source>
        <translation>Se muestran las primeras {count}.</translation>
    </message>
    <message>
        <source>{count} blank, title or total lines are left out.</source>
        <translation>Se omiten {count} líneas en blanco, de título o de totales.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los archivos &amp;ocultos</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RecordCommissionDialog</name>
    <message>
        <source>Record a commission payment</source>
        <translation>Registrar un pago de comisión</translation>
    </message>
    <message>
        <source>Invoice number, transfer, remarks</source>
        <translation>Número de factura, transferencia, observaciones</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>¿&amp;Qué ocurrió?</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Expected {expected} · customer paid {paid} of {value} · received {received}</source>
        <translation>Esperada {expected} · el cliente pagó {paid} de {value} · recibida {received}</translation>
    </message>
    <message>
        <source>An amount of the sale: it earns its part of the commission.</source>
        <translation>Un importe de la venta: genera su parte de la comisión.</translation>
    </message>
    <message>
        <source>An amount of commission.</source>
        <translation>Un importe de comisión.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Contactos keeps running {where}, so that it can remind you of your follow-ups. Click the icon to open it again; to leave, choose Quit in its menu or File → Quit.

You can change this in Preferences.</source>
        <translation>Contactos sigue abierto {where} para poder recordarle sus seguimientos. Haga clic en el icono para volver a abrirlo; para salir, elija Salir en su menú o Archivo → Salir.

Puede cambiarlo en Preferencias.</translation>
    </message>
    <message>
        <source>Reminders come only while Contactos is running.</source>
        <translation>Los recordatorios solo llegan mientras Contactos está abierto.</translation>
    </message>
    <message>
        <source>This desktop has no tray to keep Contactos in when its window is closed. Contactos can start by itself when you log in, so that it reminds you of your follow-ups.</source>
        <translation>Este escritorio no tiene bandeja donde dejar Contactos al cerrar su ventana. Contactos puede iniciarse solo cuando usted inicie la sesión, para recordarle sus seguimientos.</translation>
    </message>
    <message>
        <source>&amp;Start at login and quit</source>
        <translation>&amp;Iniciar con la sesión y salir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Do not say this again</source>
        <translation>&amp;No volver a decirlo</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source> minutes before</source>
        <translation> minutos antes</translation>
    </message>
    <message>
        <source>For follow-ups with a time.</source>
        <translation>Para los seguimientos con hora.</translation>
    </message>
    <message>
        <source>Follow-ups with a date only and the commitments due are reminded then.</source>
        <translation>A esa hora se recuerdan los seguimientos que solo tienen fecha y los compromisos que vencen.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Seguir en la &amp;bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Start Contactos when I log in</source>
        <translation>Iniciar Contactos al iniciar la &amp;sesión</translation>
    </message>
    <message>
        <source>Reminders come only while Contactos is running.</source>
        <translation>Los recordatorios solo llegan mientras Contactos está abierto.</translation>
    </message>
    <message>
        <source>&amp;When to remind:</source>
        <translation>&amp;Avisar:</translation>
    </message>
    <message>
        <source>&amp;Morning round at:</source>
        <translation>&amp;Hora de los recordatorios de la mañana:</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders — {0}</source>
        <translation>Recordatorios — {0}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Pospuesto hasta</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message>
        <source>&amp;Done… (D)</source>
        <translation>&amp;Hecho… (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze (P)</source>
        <translation>&amp;Posponer (P)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Abrir (Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Contactos was not running or the computer was asleep.</source>
        <translation>
            <numerusform>%n recordatorio venció mientras Contactos estaba cerrado o el equipo en reposo.</numerusform>
            <numerusform>%n recordatorios vencieron mientras Contactos estaba cerrado o el equipo en reposo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>&amp;10 minutes</source>
        <translation>&amp;10 minutos</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;hora</translation>
    </message>
    <message>
        <source>&amp;Tomorrow morning</source>
        <translation>&amp;Mañana por la mañana</translation>
    </message>
    <message>
        <source>&amp;Choose a time…</source>
        <translation>&amp;Elegir hora…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&apos;{id}&apos; is not a reminder id: they look like lead-12, activity-5, commitment-3, payment-12 or commission-12 (see &apos;contactos reminders&apos;).</source>
        <translation>«{id}» no es un identificador de recordatorio: son como lead-12, activity-5, commitment-3, payment-12 o commission-12 (vea «contactos reminders»).</translation>
    </message>
    <message>
        <source>There is no reminder {id}: its follow-up is done, closed or deleted.</source>
        <translation>No hay ningún recordatorio {id}: su seguimiento está hecho, cerrado o eliminado.</translation>
    </message>
    <message>
        <source>A reminder can only be snoozed until a time still ahead.</source>
        <translation>Un recordatorio solo se puede posponer hasta una hora que aún no ha llegado.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time to snooze until. Write 10m, 1h, tomorrow, 15:30 or a date and a time such as 01/12/2026 15:30.</source>
        <translation>«{text}» no es una hora para posponer. Escriba 10m, 1h, mañana, 15:30 o una fecha y una hora como 01/12/2026 15:30.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>Reminders due now: {count}</source>
        <translation>Recordatorios pendientes ahora: {count}</translation>
    </message>
    <message>
        <source>Reminder {id} snoozed until {until}.</source>
        <translation>Recordatorio {id} pospuesto hasta el {until}.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Pospuesto hasta</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen lead</source>
        <translation>Reabrir prospecto</translation>
    </message>
    <message>
        <source>Why is it back in play?</source>
        <translation>¿Por qué vuelve a estar en juego?</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>¿&amp;Por qué se reabre?</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Closed as won on {date}.</source>
        <translation>Cerrado como ganado el {date}.</translation>
    </message>
    <message>
        <source>Closed as lost on {date}.</source>
        <translation>Cerrado como perdido el {date}.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>%n lead(s): click to list them</source>
        <translation>
            <numerusform>%n prospecto: haga clic para verlo</numerusform>
            <numerusform>%n prospectos: haga clic para verlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>There is no stage &apos;{stage}&apos;.</source>
        <translation>No hay ninguna etapa «{stage}».</translation>
    </message>
    <message>
        <source>The chance for &apos;{stage}&apos; must be a percent from 0 to 100.</source>
        <translation>La probabilidad de «{stage}» debe ser un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}.</source>
        <translation>Se escribieron {rows} filas en {path}.</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periodo: del {start} al {end}</translation>
    </message>
    <message>
        <source>Period: all</source>
        <translation>Periodo: todo</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sin origen)</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>El periodo empieza ({start}) después de terminar ({end}).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Prospectos abiertos</translation>
    </message>
    <message>
        <source>With a dated next action ahead</source>
        <translation>Con siguiente acción fechada por delante</translation>
    </message>
    <message>
        <source>Share with a next action ahead</source>
        <translation>Proporción con siguiente acción por delante</translation>
    </message>
    <message>
        <source>In limbo</source>
        <translation>En el limbo</translation>
    </message>
    <message>
        <source>Median days in limbo</source>
        <translation>Mediana de días en el limbo</translation>
    </message>
    <message>
        <source>Longest in limbo (days)</source>
        <translation>Más tiempo en el limbo (días)</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>Embudo por etapa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Open leads by stage</source>
        <translation>Prospectos abiertos por etapa</translation>
    </message>
    <message>
        <source>Open leads: next action ahead or in limbo</source>
        <translation>Prospectos abiertos: siguiente acción por delante o en el limbo</translation>
    </message>
    <message>
        <source>Next action ahead</source>
        <translation>Siguiente acción por delante</translation>
    </message>
    <message>
        <source>Open value by stage</source>
        <translation>Valor abierto por etapa</translation>
    </message>
    <message>
        <source>Pipeline health</source>
        <translation>Salud del embudo</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Lost: never a real opportunity</source>
        <translation>Perdidos: nunca fueron una oportunidad real</translation>
    </message>
    <message>
        <source>Win rate (real opportunities)</source>
        <translation>Tasa de cierre (oportunidades reales)</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Motivos de pérdida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>In the prospect&apos;s words</source>
        <translation>En palabras del prospecto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Ganados y perdidos</translation>
    </message>
    <message>
        <source>Lost (real opportunities)</source>
        <translation>Perdidos (oportunidades reales)</translation>
    </message>
    <message>
        <source>Never real</source>
        <translation>Nunca reales</translation>
    </message>
    <message>
        <source>Wins and losses</source>
        <translation>Ganados y perdidos</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Prospectos recibidos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin atender aún</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Mediana (horas)</translation>
    </message>
    <message>
        <source>Slowest (hours)</source>
        <translation>Más lento (horas)</translation>
    </message>
    <message>
        <source>Response time by source</source>
        <translation>Tiempo de respuesta por origen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Response time by month received</source>
        <translation>Tiempo de respuesta por mes de recepción</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Median hours to the first contact, by source</source>
        <translation>Mediana de horas hasta el primer contacto, por origen</translation>
    </message>
    <message>
        <source>Median hours to the first contact, by month</source>
        <translation>Mediana de horas hasta el primer contacto, por mes</translation>
    </message>
    <message>
        <source>Response time to new leads</source>
        <translation>Tiempo de respuesta a prospectos nuevos</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Real opportunities</source>
        <translation>Oportunidades reales</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <source>Median hours to answer</source>
        <translation>Mediana de horas para atender</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Valor ganado</translation>
    </message>
    <message>
        <source>Loss reasons by source</source>
        <translation>Motivos de pérdida por origen</translation>
    </message>
    <message>
        <source>Real opportunities by source</source>
        <translation>Oportunidades reales por origen</translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation>Tasa de cierre por origen</translation>
    </message>
    <message>
        <source>Value won by source</source>
        <translation>Valor ganado por origen</translation>
    </message>
    <message>
        <source>Sources side by side</source>
        <translation>Orígenes lado a lado</translation>
    </message>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Valor en el embudo</translation>
    </message>
    <message>
        <source>Commissions of the leads won</source>
        <translation>Comisiones de los prospectos ganados</translation>
    </message>
    <message>
        <source>Commission expected</source>
        <translation>Comisión esperada</translation>
    </message>
    <message>
        <source>Commission invoiced</source>
        <translation>Comisión facturada</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>Comisión recibida</translation>
    </message>
    <message>
        <source>Commission outstanding</source>
        <translation>Comisión pendiente</translation>
    </message>
    <message>
        <source>Pipeline value by representada</source>
        <translation>Valor en el embudo por representada</translation>
    </message>
    <message>
        <source>Commission outstanding by representada</source>
        <translation>Comisión pendiente por representada</translation>
    </message>
    <message>
        <source>Representadas side by side</source>
        <translation>Representadas lado a lado</translation>
    </message>
    <message>
        <source>(no representada)</source>
        <translation>(sin representada)</translation>
    </message>
    <message>
        <source>Earnings forecast</source>
        <translation>Previsión de ingresos</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Fecha de cierre pasada</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Sin fecha de cierre</translation>
    </message>
    <message>
        <source>Expected before this month</source>
        <translation>Esperada antes de este mes</translation>
    </message>
    <message>
        <source>No expected date</source>
        <translation>Sin fecha esperada</translation>
    </message>
    <message>
        <source>Open leads weighted by the chance of winning them</source>
        <translation>Prospectos abiertos ponderados por la probabilidad de ganarlos</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Weighted commission</source>
        <translation>Comisión ponderada</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Valor ponderado</translation>
    </message>
    <message>
        <source>Chance of winning by stage</source>
        <translation>Probabilidad de ganar por etapa</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fuera de la previsión</translation>
    </message>
    <message>
        <source>Open leads with a value but no commission rate</source>
        <translation>Prospectos abiertos con valor pero sin tasa de comisión</translation>
    </message>
    <message>
        <source>Commissions won and not yet received, by expected date</source>
        <translation>Comisiones ganadas y aún no recibidas, por fecha esperada</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Commission to receive</source>
        <translation>Comisión por recibir</translation>
    </message>
    <message>
        <source>Won commission to receive by expected date ({currency})</source>
        <translation>Comisión ganada por recibir, por fecha esperada ({currency})</translation>
    </message>
    <message>
        <source>Weighted commission by expected close ({currency})</source>
        <translation>Comisión ponderada por cierre previsto ({currency})</translation>
    </message>
    <message>
        <source>Open leads now, of those received in the period.</source>
        <translation>Prospectos abiertos hoy, de los recibidos en el periodo.</translation>
    </message>
    <message>
        <source>Leads won or lost in the period (as they stand now).</source>
        <translation>Prospectos ganados o perdidos en el periodo (según su estado actual).</translation>
    </message>
    <message>
        <source>Leads received in the period.</source>
        <translation>Prospectos recibidos en el periodo.</translation>
    </message>
    <message>
        <source>Leads received in the period, as they stand now.</source>
        <translation>Prospectos recibidos en el periodo, según su estado actual.</translation>
    </message>
    <message>
        <source>Leads won in the period, with their commissions to date; the pipeline is the open leads now (the period is not used for it).</source>
        <translation>Prospectos ganados en el periodo, con sus comisiones hasta hoy; el embudo son los prospectos abiertos ahora (el periodo no se usa para él).</translation>
    </message>
    <message>
        <source>The open leads by expected close and the commissions won and not yet received by their expected date, from this month on (the period is not used).</source>
        <translation>Los prospectos abiertos por cierre esperado y las comisiones ganadas y aún no recibidas por su fecha esperada, de este mes en adelante (el periodo no se usa).</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos; (try: {names}).</source>
        <translation>No hay ningún informe llamado «{name}» (pruebe: {names}).</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Elegir las fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>PDF, A4…</source>
        <translation>PDF, A4…</translation>
    </message>
    <message>
        <source>PDF, Letter…</source>
        <translation>PDF, carta…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Libro de Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>Cha&amp;nces by stage…</source>
        <translation>Probabilida&amp;des por etapa…</translation>
    </message>
    <message>
        <source>Leads behind the figure</source>
        <translation>Prospectos detrás de la cifra</translation>
    </message>
    <message>
        <source>Enter or a double click opens the lead.</source>
        <translation>Intro o un doble clic abre el prospecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospecto</numerusform>
            <numerusform>%n prospectos</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Report written to {0}</source>
        <translation>Informe escrito en {0}</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
</context>
<context>
    <name>RepresentadaDialog</name>
    <message>
        <source>Edit representada</source>
        <translation>Editar representada</translation>
    </message>
    <message>
        <source>New representada</source>
        <translation>Nueva representada</translation>
    </message>
    <message>
        <source>A new rate reaches the open leads that follow it; won leads keep theirs.</source>
        <translation>Una tasa nueva llega a los prospectos abiertos que la siguen; los ganados conservan la suya.</translation>
    </message>
    <message>
        <source>The default currency</source>
        <translation>La moneda predeterminada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Who to ask about orders and payments</source>
        <translation>A quién preguntar por pedidos y pagos</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s payment.</source>
        <translation>Días desde el pago del cliente.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Commission &amp;rate:</source>
        <translation>&amp;Tasa de comisión:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Re-&amp;order call after:</source>
        <translation>Llamada de re&amp;compra a los:</translation>
    </message>
    <message>
        <source>Commission &amp;paid after:</source>
        <translation>Comisión &amp;pagada a los:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Persona de contact&amp;o:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Representadas</name>
    <message>
        <source>There is no representada &apos;{ref}&apos;.</source>
        <translation>No existe la representada «{ref}».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of days (0 to {most}).</source>
        <translation>«{value}» no es un número de días (de 0 a {most}).</translation>
    </message>
    <message>
        <source>A representada needs a name.</source>
        <translation>Una representada necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a representada &apos;{name}&apos;.</source>
        <translation>Ya existe una representada «{name}».</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a currency code: write its three letters (ISO 4217), as MXN, EUR, COP or USD.</source>
        <translation>«{text}» no es un código de moneda: escriba sus tres letras (ISO 4217), como MXN, EUR, COP o USD.</translation>
    </message>
</context>
<context>
    <name>RepresentadasModel</name>
    <message>
        <source>Representada</source>
        <translation>Representada</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Re-order (days)</source>
        <translation>Recompra (días)</translation>
    </message>
    <message>
        <source>Paid after (days)</source>
        <translation>Pago a los (días)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Won leads</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>RepresentadasView</name>
    <message>
        <source>Representadas</source>
        <translation>Representadas</translation>
    </message>
    <message>
        <source>The companies you sell for. Their rate is the default of new leads; the payment terms say when a commission is due after the customer pays.</source>
        <translation>Las empresas para las que vende. Su tasa es la predeterminada de los prospectos nuevos; el plazo de pago dice cuándo vence una comisión después de que paga el cliente.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Mostrar archivadas</translation>
    </message>
    <message>
        <source>&amp;New representada…</source>
        <translation>&amp;Nueva representada…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Reconcile a &amp;statement…</source>
        <translation>Conciliar un estado de &amp;cuenta…</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>New commission rate</source>
        <translation>Nueva tasa de comisión</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) took the new commission rate.</source>
        <translation>
            <numerusform>%n prospecto abierto tomó la nueva tasa de comisión.</numerusform>
            <numerusform>%n prospectos abiertos tomaron la nueva tasa de comisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>The statement of {0}</source>
        <translation>El estado de cuenta de {0}</translation>
    </message>
    <message>
        <source>Statements (*.csv *.xlsx *.txt)</source>
        <translation>Estados de cuenta (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Statement recorded: {0}</source>
        <translation>Estado de cuenta registrado: {0}</translation>
    </message>
    <message>
        <source>Undone in the window</source>
        <translation>Deshecho en la ventana</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>En 3 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Choose the new &amp;date:</source>
        <translation>Elija la nueva &amp;fecha:</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogramar</translation>
    </message>
</context>
<context>
    <name>RescheduleMenu</name>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>En &amp;3 días</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>La &amp;próxima semana</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Elegir fecha…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Choose the backup to put back.</source>
        <translation>Elija la copia de seguridad que quiere recuperar.</translation>
    </message>
    <message>
        <source>Your database cannot be read.</source>
        <translation>No se puede leer su base de datos.</translation>
    </message>
    <message>
        <source>The file {file} is damaged, or it is not a Contactos database. It has not been changed.</source>
        <translation>El archivo {file} está dañado o no es una base de datos de Contactos. No se ha modificado.</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place. The damaged file is kept in the data folder under another name; it is not deleted.</source>
        <translation>Elija una copia de seguridad para ponerla en su lugar. El archivo dañado se guarda en la carpeta de datos con otro nombre; no se borra.</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place. The damaged database is saved first, as a backup “before a restore”; it is not deleted.</source>
        <translation>Elija una copia de seguridad para ponerla en su lugar. Antes se guarda la base de datos dañada, como copia «antes de una restauración»; no se borra.</translation>
    </message>
    <message>
        <source>Your database as it is now is saved first, as a backup “before a restore”, so you can go back to it.</source>
        <translation>Antes se guarda su base de datos tal como está ahora, como copia «antes de una restauración», para que pueda volver a ella.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}. If you keep a copy of the database elsewhere, choose it with “Other file…”.</source>
        <translation>No hay copias de seguridad en {folder}. Si guarda una copia de la base de datos en otro lugar, elíjala con «Otro archivo…».</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Se restauró la copia del {when}.</translation>
    </message>
    <message>
        <source>Restore a copy of the database</source>
        <translation>Restaurar una copia de la base de datos</translation>
    </message>
    <message>
        <source>Contactos databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Contactos (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>Se restauró {file}.</translation>
    </message>
    <message>
        <source>The database it replaced was saved as a backup ({file}).</source>
        <translation>La base de datos que reemplazó se guardó como copia de seguridad ({file}).</translation>
    </message>
    <message>
        <source>The damaged database was kept as {file}.</source>
        <translation>La base de datos dañada se guardó como {file}.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Signed contract</source>
        <translation>Contrato firmado</translation>
    </message>
    <message>
        <source>Authorized purchase order</source>
        <translation>Orden de compra autorizada</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Compró en otro lado</translation>
    </message>
    <message>
        <source>No budget / purchase not authorized</source>
        <translation>Sin presupuesto / compra no autorizada</translation>
    </message>
    <message>
        <source>Chose a better option</source>
        <translation>Eligió una mejor opción</translation>
    </message>
    <message>
        <source>Bad references</source>
        <translation>Malas referencias</translation>
    </message>
    <message>
        <source>No longer needs it</source>
        <translation>Ya no lo necesita</translation>
    </message>
    <message>
        <source>Was never a real opportunity</source>
        <translation>Nunca fue una oportunidad real</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Re-order follow-up: {title}</source>
        <translation>Seguimiento de recompra: {title}</translation>
    </message>
    <message>
        <source>{date} is in the past: a next action is due today or later.</source>
        <translation>{date} ya pasó: la siguiente acción se programa para hoy o más adelante.</translation>
    </message>
    <message>
        <source>{date} is more than three years ahead: plan the next action for {latest} or sooner.</source>
        <translation>{date} está a más de tres años: programe la siguiente acción para el {latest} o antes.</translation>
    </message>
    <message>
        <source>{date} is in the past: a follow-up is moved to today or later.</source>
        <translation>{date} ya pasó: un seguimiento se mueve a hoy o después.</translation>
    </message>
    <message>
        <source>An open lead always needs a next action: say what you will do next.</source>
        <translation>Un prospecto abierto siempre necesita una siguiente acción: indique qué hará después.</translation>
    </message>
    <message>
        <source>An open lead always needs a next action with a date: say when you will do it.</source>
        <translation>Un prospecto abierto siempre necesita una siguiente acción con fecha: indique cuándo la hará.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of activity.</source>
        <translation>«{kind}» no es un tipo de actividad.</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; is closed ({status}); reopen it first.</source>
        <translation>El prospecto «{title}» está cerrado ({status}); primero reábralo.</translation>
    </message>
    <message>
        <source>A lead needs a title: what are you selling?</source>
        <translation>Un prospecto necesita un título: ¿qué está vendiendo?</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; was changed again since; nothing was undone.</source>
        <translation>El prospecto «{title}» se volvió a cambiar después; no se deshizo nada.</translation>
    </message>
    <message>
        <source>Its earlier stage no longer exists; nothing was undone.</source>
        <translation>Su etapa anterior ya no existe; no se deshizo nada.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of activity (call, visit, email, whatsapp, meeting, note, task).</source>
        <translation>«{kind}» no es un tipo de actividad (call, visit, email, whatsapp, meeting, note, task).</translation>
    </message>
    <message>
        <source>The current next action was due on {due}; give the lead a new next action.</source>
        <translation>La siguiente acción actual vencía el {due}; dele al prospecto una nueva siguiente acción.</translation>
    </message>
    <message>
        <source>You logged something on an open lead: say what the next action is and when, or close the lead as won or lost.</source>
        <translation>Registró algo en un prospecto abierto: indique cuál es la siguiente acción y cuándo, o cierre el prospecto como ganado o perdido.</translation>
    </message>
    <message>
        <source>Something done cannot be dated in the future; plan it instead.</source>
        <translation>Algo ya hecho no puede tener fecha futura; mejor prográmelo.</translation>
    </message>
    <message>
        <source>A planned activity needs a date.</source>
        <translation>Una actividad programada necesita una fecha.</translation>
    </message>
    <message>
        <source>This activity is already done.</source>
        <translation>Esta actividad ya está hecha.</translation>
    </message>
    <message>
        <source>{date} is in the future: a lead is closed with what already happened.</source>
        <translation>{date} está en el futuro: un prospecto se cierra con lo que ya ocurrió.</translation>
    </message>
    <message>
        <source>{date} is before the lead was received ({received}): give the date it really happened.</source>
        <translation>{date} es anterior a la recepción del prospecto ({received}): indique la fecha en que ocurrió realmente.</translation>
    </message>
    <message>
        <source>Say what makes it a sale: a signed contract, an authorized purchase order or a payment received.</source>
        <translation>Indique qué hace que sea una venta: un contrato firmado, una orden de compra autorizada o un pago recibido.</translation>
    </message>
    <message>
        <source>Give the date of the contract, order or payment.</source>
        <translation>Indique la fecha del contrato, la orden o el pago.</translation>
    </message>
    <message>
        <source>Choose why the lead was lost (bought elsewhere, no budget, ...).</source>
        <translation>Elija por qué se perdió el prospecto (compró en otro lado, sin presupuesto, …).</translation>
    </message>
    <message>
        <source>A lead is lost only when the prospect confirms it: write down what they said. If they have not confirmed yet, schedule the confirmation contact instead.</source>
        <translation>Un prospecto sólo se pierde cuando el prospecto lo confirma: escriba lo que dijo. Si aún no lo ha confirmado, programe el contacto de confirmación.</translation>
    </message>
    <message>
        <source>&apos;{channel}&apos; is not a channel.</source>
        <translation>«{channel}» no es un canal.</translation>
    </message>
    <message>
        <source>Give the date of the loss.</source>
        <translation>Indique la fecha de la pérdida.</translation>
    </message>
    <message>
        <source>Confirm with the prospect whether they will buy</source>
        <translation>Confirmar con el prospecto si va a comprar</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; is already open.</source>
        <translation>El prospecto «{title}» ya está abierto.</translation>
    </message>
    <message>
        <source>Say why the lead is reopened.</source>
        <translation>Indique por qué se reabre el prospecto.</translation>
    </message>
    <message>
        <source>Cancelled: lead reopened</source>
        <translation>Cancelada: prospecto reabierto</translation>
    </message>
    <message>
        <source>A commission rate is a percentage from 0 to 100 (&apos;{value}&apos;).</source>
        <translation>La comisión es un porcentaje de 0 a 100 («{value}»).</translation>
    </message>
    <message>
        <source>Describe the impediment.</source>
        <translation>Describa el impedimento.</translation>
    </message>
    <message>
        <source>This impediment is already resolved.</source>
        <translation>Este impedimento ya está resuelto.</translation>
    </message>
    <message>
        <source>Say how the impediment was resolved.</source>
        <translation>Indique cómo se resolvió el impedimento.</translation>
    </message>
    <message>
        <source>A commitment is made by me, the prospect or the representada.</source>
        <translation>Un compromiso lo hace usted, el prospecto o la representada.</translation>
    </message>
    <message>
        <source>Describe the commitment.</source>
        <translation>Describa el compromiso.</translation>
    </message>
    <message>
        <source>A commitment needs a due date.</source>
        <translation>Un compromiso necesita una fecha límite.</translation>
    </message>
    <message>
        <source>This commitment is already done.</source>
        <translation>Este compromiso ya está cumplido.</translation>
    </message>
    <message>
        <source>It no longer exists; nothing was undone.</source>
        <translation>Ya no existe; no se deshizo nada.</translation>
    </message>
    <message>
        <source>The commitment &apos;{what}&apos; is not marked kept.</source>
        <translation>El compromiso «{what}» no está marcado como cumplido.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; was moved again since; nothing was undone.</source>
        <translation>«{what}» se volvió a mover después; no se deshizo nada.</translation>
    </message>
    <message>
        <source>Moved from {before} to {after}</source>
        <translation>Movido del {before} al {after}</translation>
    </message>
    <message>
        <source>Move undone: from {before} back to {after}</source>
        <translation>Movimiento deshecho: del {before} de vuelta al {after}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Everything is written at once: until the end, nothing is kept.</source>
        <translation>Todo se guarda de una sola vez: hasta el final, no se conserva nada.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>Importando las filas…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>Importando la fila {done} de {total}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>The import failed: nothing was imported.</source>
        <translation>La importación falló: no se importó nada.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Test reminder of the self-check</source>
        <translation>Recordatorio de prueba de la autocomprobación</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autocomprobación</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time Contactos starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie Contactos.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>For representadas that do not set their own number of days.</source>
        <translation>Para las representadas que no fijan su propio número de días.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>&amp;País predeterminado para los teléfonos:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>&amp;Moneda predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Respaldos que se conservan:</translation>
    </message>
    <message>
        <source>&amp;Re-order follow-up after:</source>
        <translation>Seguimiento de recompra &amp;después de:</translation>
    </message>
    <message>
        <source>The settings file could not be written: {error}</source>
        <translation>No se pudo escribir el archivo de configuración: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today, lists</source>
        <translation>Hoy, listas</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Ventanas de diálogo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the lead (or the contact)</source>
        <translation>Abrir el prospecto (o el contacto)</translation>
    </message>
    <message>
        <source>D or Space</source>
        <translation>D o Espacio</translation>
    </message>
    <message>
        <source>Mark the row done: what happened and the next action, or close the lead</source>
        <translation>Marcar la fila como hecha: qué pasó y la siguiente acción, o cerrar el prospecto</translation>
    </message>
    <message>
        <source>R, then {letters}</source>
        <translation>R, luego {letters}</translation>
    </message>
    <message>
        <source>Reschedule: tomorrow, in 3 days, next week, pick a date</source>
        <translation>Reprogramar: mañana, en 3 días, la próxima semana, elegir una fecha</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Move between the rows</source>
        <translation>Moverse entre las filas</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Go to the results (then Enter opens one)</source>
        <translation>Ir a los resultados (luego Intro abre uno)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Ir a ese campo o botón</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Campo siguiente / campo anterior</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Control+Intro</translation>
    </message>
    <message>
        <source>Save (also from a text of several lines)</source>
        <translation>Guardar (también desde un texto de varias líneas)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard. Underlined letters: Alt + letter.</source>
        <translation>Todo se puede hacer con el teclado. Letras subrayadas: Alt + la letra.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Propuesta enviada</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement of {0}</source>
        <translation>Estado de cuenta de {0}</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Amount sold:</source>
        <translation>Importe vendido:</translation>
    </message>
    <message>
        <source>Commission paid:</source>
        <translation>Comisión pagada:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>What does not agree</source>
        <translation>Lo que no coincide</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>&amp;Record the payments it proves</source>
        <translation>&amp;Registrar los pagos que prueba</translation>
    </message>
    <message>
        <source>E&amp;xport the differences…</source>
        <translation>E&amp;xportar las diferencias…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n line(s) match won leads, from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %n línea coincide con prospectos ganados, del {first} al {last}.</numerusform>
            <numerusform>{file}: %n líneas coinciden con prospectos ganados, del {first} al {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid below the agreed rate</source>
        <translation>Pagado por debajo de la tasa acordada</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
    <message>
        <source>Won leads missing from the statement</source>
        <translation>Prospectos ganados que faltan en el estado de cuenta</translation>
    </message>
    <message>
        <source>Lines that match no won lead</source>
        <translation>Líneas que no coinciden con ningún prospecto ganado</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded as {0}.</source>
        <translation>
            <numerusform>%n pago registrado como {0}.</numerusform>
            <numerusform>%n pagos registrados como {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation>Exportar las diferencias</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>There is no representada &apos;{ref}&apos;.</source>
        <translation>No existe la representada «{ref}».</translation>
    </message>
    <message>
        <source>No column of the statement says the commission paid: map one with --map COLUMN=commission.</source>
        <translation>Ninguna columna del estado de cuenta indica la comisión pagada: asigne una con --map COLUMNA=commission.</translation>
    </message>
    <message>
        <source>The statement proves no commission to record.</source>
        <translation>El estado de cuenta no prueba ninguna comisión que registrar.</translation>
    </message>
    <message>
        <source>Line {line} is dated {date}, in the future: correct the file.</source>
        <translation>La línea {line} tiene fecha {date}, en el futuro: corrija el archivo.</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; is no longer won.</source>
        <translation>El prospecto «{title}» ya no está ganado.</translation>
    </message>
    <message>
        <source>There is nothing of {batch} to undo.</source>
        <translation>No hay nada de {batch} que deshacer.</translation>
    </message>
    <message>
        <source>Say why the statement&apos;s payments are undone.</source>
        <translation>Diga por qué se deshacen los pagos del estado de cuenta.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy: another program (Contactos open in a window?) is saving. Nothing was written; try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa (¿Contactos abierto en una ventana?) está guardando. No se escribió nada; intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space on the disk and try again.</source>
        <translation>El disco está lleno: no se guardó nada. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read or written just now ({detail}); nothing was changed. Check that the disk has free space and that you may read and write the file, then try again.</source>
        <translation>En este momento no se puede leer ni escribir la base de datos {path} ({detail}); no se cambió nada. Compruebe que el disco tenga espacio libre y que usted pueda leer y escribir el archivo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Contactos database. It has been left as it is.</source>
        <translation>La base de datos {path} está dañada o no es una base de datos de Contactos. Se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>To restore one (the damaged file is kept aside, renamed, not deleted), for example the newest:</source>
        <translation>Para restaurar una (el archivo dañado se guarda aparte, con otro nombre; no se borra), por ejemplo la más reciente:</translation>
    </message>
    <message>
        <source>There are no backups in {folder}. To restore a copy kept elsewhere (the damaged file is kept aside, renamed, not deleted):</source>
        <translation>No hay copias de seguridad en {folder}. Para restaurar una copia guardada en otro lugar (el archivo dañado se guarda aparte, con otro nombre; no se borra):</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Contactos (schema {theirs}; this version knows up to {ours}). It has been left untouched: install the newer version to open it.</source>
        <translation>La base de datos {path} fue escrita por una versión más reciente de Contactos (esquema {theirs}; esta versión conoce hasta el {ours}). No se ha modificado: instale la versión más reciente para abrirla.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creados:</translation>
    </message>
    <message>
        <source>Merged into existing contacts:</source>
        <translation>Combinados con contactos existentes:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Leads created:</source>
        <translation>Prospectos creados:</translation>
    </message>
    <message>
        <source>Created although a similar name is already there (check that they are different people):</source>
        <translation>Creados aunque ya hay un nombre parecido (compruebe que son personas distintas):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>You can undo the whole import later from the import history.</source>
        <translation>Más adelante puede deshacer toda la importación desde el historial de importaciones.</translation>
    </message>
    <message>
        <source>Import number {batch} of {file} is done.</source>
        <translation>La importación número {batch} de {file} está terminada.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Línea {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>SummaryTexts</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage change</source>
        <translation>Cambio de etapa</translation>
    </message>
    <message>
        <source>Lead received</source>
        <translation>Prospecto recibido</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Impediment</source>
        <translation>Impedimento</translation>
    </message>
    <message>
        <source>Impediment resolved</source>
        <translation>Impedimento resuelto</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Commitment kept</source>
        <translation>Compromiso cumplido</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Commission invoiced</source>
        <translation>Comisión facturada</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>Pagado por el cliente</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>Comisión recibida</translation>
    </message>
    <message>
        <source>Commission entry cancelled</source>
        <translation>Registro de comisión cancelado</translation>
    </message>
    <message>
        <source>contacts created: {count}</source>
        <translation>contactos creados: {count}</translation>
    </message>
    <message>
        <source>merged into existing contacts: {count}</source>
        <translation>combinados con contactos existentes: {count}</translation>
    </message>
    <message>
        <source>rows skipped: {count}</source>
        <translation>filas omitidas: {count}</translation>
    </message>
    <message>
        <source>rows rejected: {count}</source>
        <translation>filas rechazadas: {count}</translation>
    </message>
    <message>
        <source>leads created: {count}</source>
        <translation>prospectos creados: {count}</translation>
    </message>
    <message>
        <source>Import number {batch}</source>
        <translation>Importación número {batch}</translation>
    </message>
    <message>
        <source>Undone on {date}.</source>
        <translation>Deshecha el {date}.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>planned</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospecto</translation>
    </message>
    <message>
        <source>representada</source>
        <translation>representada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Filter the history…</source>
        <translation>Filtrar el historial…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>New leads not yet attended</source>
        <translation>Prospectos nuevos sin atender</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>In limbo</source>
        <translation>En el limbo</translation>
    </message>
    <message>
        <source>Commitments due</source>
        <translation>Compromisos por cumplir</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>recibido hace %n día</numerusform>
            <numerusform>recibido hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n hour(s) ago</source>
        <translation>
            <numerusform>recibido hace %n hora</numerusform>
            <numerusform>recibido hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments late</source>
        <translation>Pagos atrasados</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Lead and contact</source>
        <translation>Prospecto y contacto</translation>
    </message>
    <message>
        <source>The customer&apos;s payment: {0}</source>
        <translation>El pago del cliente: {0}</translation>
    </message>
    <message>
        <source>The commission: {0}</source>
        <translation>La comisión: {0}</translation>
    </message>
    <message>
        <source>received just now</source>
        <translation>recibido hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>received %n min ago</source>
        <translation>
            <numerusform>recibido hace %n min</numerusform>
            <numerusform>recibido hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing logged for too long</source>
        <translation>sin registrar nada desde hace demasiado</translation>
    </message>
    <message>
        <source>my commitment</source>
        <translation>compromiso mío</translation>
    </message>
    <message>
        <source>the prospect&apos;s commitment</source>
        <translation>compromiso del prospecto</translation>
    </message>
    <message>
        <source>the representada&apos;s commitment</source>
        <translation>compromiso de la representada</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Work queue</source>
        <translation>Trabajo del día</translation>
    </message>
    <message>
        <source>&amp;Done… (D)</source>
        <translation>&amp;Hecho… (D)</translation>
    </message>
    <message>
        <source>&amp;Reschedule (R)</source>
        <translation>&amp;Reprogramar (R)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>A&amp;brir (Intro)</translation>
    </message>
    <message>
        <source>Keys: Enter opens · D marks done · R reschedules · arrows move</source>
        <translation>Teclas: Intro abre · D marca hecho · R reprograma · flechas mueven</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message>
        <source>No open leads yet: add one with Ctrl+N, or import a list with Ctrl+I.</source>
        <translation>Todavía no hay prospectos abiertos: agregue uno con Ctrl+N o importe una lista con Ctrl+I.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline health: {0}% of your %n open lead(s) have a next action ahead.</source>
        <translation>
            <numerusform>Salud del embudo: el {0} % de su %n prospecto abierto tiene una siguiente acción por delante.</numerusform>
            <numerusform>Salud del embudo: el {0} % de sus %n prospectos abiertos tiene una siguiente acción por delante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>Commitment kept: {what}</source>
        <translation>Compromiso cumplido: {what}</translation>
    </message>
    <message>
        <source>Moved to {date}: {what}</source>
        <translation>Movido al {date}: {what}</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Marcar como hecho…</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Abrir prospecto</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>in the notification area, next to the clock (it may be under the ^ arrow)</source>
        <translation>en el área de notificación, junto al reloj (puede estar bajo la flecha ^)</translation>
    </message>
    <message>
        <source>in the menu bar, at the top right of the screen</source>
        <translation>en la barra de menús, arriba a la derecha de la pantalla</translation>
    </message>
    <message>
        <source>in the system tray of the panel</source>
        <translation>en la bandeja del sistema del panel</translation>
    </message>
    <message>
        <source>&amp;Open Contactos</source>
        <translation>&amp;Abrir Contactos</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n follow-up(s) to do</source>
        <translation>
            <numerusform>Hoy: %n seguimiento por hacer</numerusform>
            <numerusform>Hoy: %n seguimientos por hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reminders due (%n)…</source>
        <translation>
            <numerusform>&amp;Recordatorios pendientes (%n)…</numerusform>
            <numerusform>&amp;Recordatorios pendientes (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>&amp;Pausar recordatorios 1 hora</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {0})</source>
        <translation>&amp;Reanudar recordatorios (en pausa hasta las {0})</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Close as won</source>
        <translation>Cerrar como ganado</translation>
    </message>
    <message>
        <source>Contract, order or receipt number</source>
        <translation>Número de contrato, pedido o recibo</translation>
    </message>
    <message>
        <source>What makes it a &amp;sale?</source>
        <translation>¿Qué la convierte en &amp;venta?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Expected commission:</source>
        <translation>Comisión esperada:</translation>
    </message>
    <message>
        <source>&amp;Mark as won</source>
        <translation>&amp;Marcar como ganado</translation>
    </message>
    <message>
        <source>None yet: the lead has no value or no commission rate.</source>
        <translation>Ninguna todavía: el prospecto no tiene valor o no tiene tasa de comisión.</translation>
    </message>
    <message>
        <source>{amount} ({rate}% of {value})</source>
        <translation>{amount} ({rate} % de {value})</translation>
    </message>
    <message>
        <source>&amp;Plan a re-order follow-up on {date}</source>
        <translation>&amp;Programar un seguimiento de recompra el {date}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s valor</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s valores</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>órdenes</translation>
    </message>
</context>
</TS>
