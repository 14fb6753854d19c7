<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Something went wrong: %1
Details were written to the log.</source>
        <translation>Algo salió mal: %1
Los detalles se guardaron en el registro.</translation>
    </message>
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
    <name>Backup</name>
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
    <name>CLI</name>
    <message>
        <source>There is no lead {id}.</source>
        <translation>No existe el prospecto {id}.</translation>
    </message>
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
        <source>received {hours} h ago</source>
        <translation>recibido hace {hours} h</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} días de retraso</translation>
    </message>
    <message>
        <source>Pipeline health: {share}% of {open} open leads have a next action ahead.</source>
        <translation>Salud del embudo: el {share}% de {open} prospectos abiertos tiene una siguiente acción por delante.</translation>
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
        <source>Lead {id} won.</source>
        <translation>Prospecto {id} ganado.</translation>
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
        <source>Demo data loaded: {contacts} contacts, {leads} leads.</source>
        <translation>Datos de demostración cargados: {contacts} contactos, {leads} prospectos.</translation>
    </message>
    <message>
        <source>Restored {file}. The database it replaced was saved as {backup}.</source>
        <translation>Se restauró {file}. La base de datos reemplazada se guardó como {backup}.</translation>
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
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
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
    <name>Dates</name>
    <message>
        <source>&apos;{text}&apos; is not a valid date. Write it as dd/mm/yyyy (25/11/2026) or yyyy-mm-dd (2026-11-25).</source>
        <translation>«{text}» no es una fecha válida. Escríbala como dd/mm/aaaa (25/11/2026) o aaaa-mm-dd (2026-11-25).</translation>
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
        <source>For &amp;all duplicates:</source>
        <translation>Para &amp;todos los duplicados:</translation>
    </message>
    <message>
        <source>Values kept in the notes:</source>
        <translation>Valores guardados en las notas:</translation>
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
        <source>There is no source called &apos;{name}&apos;.</source>
        <translation>No existe un origen llamado «{name}».</translation>
    </message>
    <message>
        <source>There is no source called &apos;{name}&apos;. The sources are: {known}.</source>
        <translation>No existe un origen llamado «{name}». Los orígenes son: {known}.</translation>
    </message>
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
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
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
        <source>Say which source: --source NAME.</source>
        <translation>Indique el origen: --source NOMBRE.</translation>
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
        <source>First contact</source>
        <translation>Primer contacto</translation>
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
        <source>&apos;{encoding}&apos; is not an encoding we know.</source>
        <translation>«{encoding}» no es una codificación conocida.</translation>
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
        <source>Next action</source>
        <translation>Siguiente acción</translation>
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
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>En 3 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>This lead is closed ({status}): reopen it to plan its next action.</source>
        <translation>Este prospecto está cerrado ({status}): reábrelo para planear su siguiente acción.</translation>
    </message>
    <message>
        <source>Write the value as a number, for example {example}.</source>
        <translation>Escriba el valor como número, por ejemplo {example}.</translation>
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
        <source>What will you do next?</source>
        <translation>¿Qué hará después?</translation>
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
        <source>received on {0}</source>
        <translation>recibida el {0}</translation>
    </message>
    <message>
        <source>due on {0}</source>
        <translation>se espera el {0}</translation>
    </message>
    <message>
        <source>not received yet</source>
        <translation>aún no recibida</translation>
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
        <source>Contacts as CSV (Excel)…</source>
        <translation>Contactos como CSV (Excel)…</translation>
    </message>
    <message>
        <source>Contacts as vCard…</source>
        <translation>Contactos como vCard…</translation>
    </message>
    <message>
        <source>Leads as CSV (Excel)…</source>
        <translation>Prospectos como CSV (Excel)…</translation>
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
        <source>Undone: “{0}”</source>
        <translation>Deshecho: «{0}»</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
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
    <name>NextActionGroup</name>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>What will you do next?</source>
        <translation>¿Qué hará después?</translation>
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
        <source>For phone numbers written without a prefix.</source>
        <translation>Para los teléfonos escritos sin clave de país.</translation>
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
        <source>&amp;Country for phones:</source>
        <translation>País de los &amp;teléfonos:</translation>
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
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>«{value}» no es un importe.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>A lead needs a title: what are you selling?</source>
        <translation>Un prospecto necesita un título: ¿qué está vendiendo?</translation>
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
        <source>Only a won lead earns a commission.</source>
        <translation>Sólo un prospecto ganado genera comisión.</translation>
    </message>
    <message>
        <source>Give the date the commission was received.</source>
        <translation>Indique la fecha en que se recibió la comisión.</translation>
    </message>
    <message>
        <source>Re-order follow-up</source>
        <translation>Seguimiento de recompra</translation>
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
    <name>Storage</name>
    <message>
        <source>The database is busy: another program (Contactos open in a window?) is saving. Nothing was written; try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa (¿Contactos abierto en una ventana?) está guardando. No se escribió nada; intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Contactos database ({detail}). It has been left untouched; restore a backup with &apos;contactos restore&apos;.</source>
        <translation>La base de datos {path} está dañada o no es una base de datos de Contactos ({detail}). No se ha modificado; restaure una copia de seguridad con «contactos restore».</translation>
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
        <source>State</source>
        <translation>Situación</translation>
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
    <message>
        <source>Moved to {date}: {what}</source>
        <translation>Movido al {date}: {what}</translation>
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
</TS>
