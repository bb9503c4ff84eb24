"""holdout577: builds ten ordinary draft contracts (z01-z05 Chinese, e01-e05 English), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
Labels are written from LABELS; expected rules are derived from the labels by my own reading of policy.md section 3
(expected_rules() below), checked against DESIGN and for full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:澄江市医疗保障局医保基金智能监管平台建设项目合同
P:项目编号：CJZC-2026-0417　采购方式：公开招标
P:甲方（采购人）：澄江市医疗保障局
P:乙方（供应商）：杭州医链数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就医保基金智能监管平台（以下简称“平台”）的软件许可与定制开发事项订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供医保基金智能监管平台软件许可，包括智能审核规则引擎和医保大数据分析模块，许可为永久许可，部署于甲方医保专网机房，用户数和服务器数量不限。
P:1.2 乙方按需求规格说明书完成定制开发：本地化监管规则二百一十条、飞行检查辅助工具、定点医药机构画像、与省级医保信息平台及本市医院信息系统的数据接口。
P:1.3 乙方负责平台部署、历史结算数据治理、系统联调、上线切换和人员培训。
H:第二条 合同价款
P:2.1 合同总价为人民币1,780,000元（大写：壹佰柒拾捌万元整），为含税固定总价，明细如下：
P:（1）智能审核规则引擎软件许可：640,000元；
P:（2）医保大数据分析模块软件许可：380,000元；
P:软件许可小计：1,020,000元；
P:（3）定制开发（规则、飞检工具、机构画像、数据接口）：586,000元；
P:（4）实施部署及数据治理：148,000元；
P:（5）培训：26,000元。
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即356,000元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即801,000元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即623,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发，提交初步验收申请；初步验收通过后进入三个月试运行期。
P:4.2 甲方应为乙方提供必要的机房环境、专网接入和业务配合，因甲方原因造成的延误，工期相应顺延。
P:4.3 乙方应组建不少于八人的项目团队常驻甲方现场，项目经理须具有医保信息化项目经验，未经甲方同意不得更换。乙方人员应遵守甲方的考勤、保密和安全管理制度。
P:4.4 乙方应在各阶段提交需求规格说明书、概要设计、详细设计、测试报告、部署手册、运维手册和用户手册，文档作为验收依据之一。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；二百一十条本地化规则均经甲方业务科室用历史结算数据逐条验证，误报率不高于需求规格说明书的约定值；与省级平台和医院系统的接口连续十日数据比对无差错；五百个并发用户下查询响应不超过3秒；通过第三方软件测评机构的功能、性能及安全测评。
P:5.2 最终验收标准：试运行期满，期间未发生一级故障，初步验收遗留问题全部整改完毕，技术文档、源代码及操作手册已完整移交，甲方组织专家评审通过并出具最终验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、规则库更新和技术支持。
P:6.2 质保期内平台月可用率不低于99.95%。故障分级：一级故障（平台整体不可用或审核结算中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应；三级故障下一个工作日内处理。
P:6.3 响应或恢复每超时一小时，甲方有权扣除运维考核款1,000元；月可用率每低于承诺值0.01个百分点，扣除2,000元，可从应付款或履约保证金中扣除。
P:6.4 质保期满后，如甲方需要继续维护，年度维护费不超过软件许可小计的8%，即每年不超过81,600元，且在质保期满后的三个服务年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同定制开发的规则、工具、接口程序及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第八条 数据安全
P:8.1 平台处理的医保结算数据、参保人信息及监管结果等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及医疗保障数据安全管理规定，仅通过甲方堡垒机远程维护，测试使用甲方提供的脱敏数据，人员须签署安全承诺书。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致的数据安全事件，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密、业务信息和技术资料负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按期提交初步验收申请或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应免费整改；整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
H:第十一条 分包与转让
P:乙方不得将本合同项下任何工作分包或转让给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方协商延期履行或解除合同。
P:14.3 本合同未尽事宜，按政府采购相关规定执行，或由双方签订补充协议。
P:14.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市医疗保障局　　乙方（盖章）：杭州医链数智科技有限公司
P:代表签字：__________　　代表签字：__________　　日期：2026年4月　日
"""

Z02 = """T:浮法玻璃生产线控制系统改造及维保合同
P:合同编号：JBFG-SB-2026-031
P:甲方（买方）：江北浮法玻璃有限公司
P:乙方（卖方）：上海熔控自动化工程有限公司
P:鉴于甲方二号浮法线计划于冷修期间对熔窑、锡槽及退火窑控制系统进行改造，乙方具备相应的设计、供货和调试能力，双方经友好协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责二号浮法线分布式控制系统（DCS）的设计、供货、安装、调试和停炉切换，包括熔窑燃烧控制、锡槽气氛与温度控制、退火窑温度曲线控制及全线数据采集。
P:1.2 乙方同时提供燃烧优化控制软件和实时数据库软件的永久许可，以及质保期满后的维保服务（见第7条）。
P:1.3 技术要求：控制器、电源和通信网络均为冗余配置；系统应能与甲方现有的配料系统、冷端切裁系统和能源管理系统通信；操作画面按甲方工艺习惯组态，报警分级显示；系统满足工业控制系统信息安全防护的有关要求。乙方应提交详细设计方案，经甲方工艺和设备部门确认后方可生产。
H:2. 合同价格
P:2.1 合同总价为人民币2,344,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|DCS控制站（含冗余控制器、I/O模块、机柜）|6套|168,000|1,008,000
TB:2|操作员站及工程师站|8台|26,000|208,000
TB:3|熔窑燃烧优化控制软件许可（永久）|1套|286,000|286,000
TB:4|实时数据库及组态软件许可（永久）|1套|158,000|158,000
TB:5|现场仪表及执行机构更换|1批|342,000|342,000
TB:|硬件及软件小计|||2,002,000
TB:6|安装、调试及停炉切换服务|1项|318,000|318,000
TB:7|操作及维护培训|1项|24,000|24,000
TB:|合计|||2,344,000
P:2.2 上述价格包含运输、保险、安装材料、调试及技术文档费用。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即468,800元，作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即820,400元。到货签收仅为数量清点，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即820,400元。
P:3.4 余款234,400元作为质量保证金，质保期满且无未决质量问题后十个工作日内支付。
H:4. 交货与工期
P:4.1 乙方应在合同生效后七十五日内将全部设备运抵甲方厂区。
P:4.2 乙方应在甲方冷修停炉后二十日内完成安装调试，并配合甲方点火烤窑和引板投产。
P:4.3 乙方应在停炉前完成全部离线组态和模拟测试，切换方案经甲方批准后实施。切换期间乙方技术人员须二十四小时在现场值守，直至窑况稳定。
P:4.4 双方确认，本合同不设逾期交货或逾期完工违约金。乙方延误的，应采取加班、增派人员等措施追赶工期，并按第9条赔偿甲方因此遭受的实际损失。
H:5. 验收
P:5.1 投产后进行连续七十二小时考核运行。最终验收标准：熔窑窑温控制偏差不超过±3℃；锡槽温度及保护气氛控制回路全部投入自动运行；退火窑温度曲线与工艺设定值偏差不超过±2℃；控制回路投自动率不低于95%；全线数据采集完整，历史数据可追溯；考核运行后三十日内未发生一级故障。
P:5.2 验收由甲方组织，乙方配合，双方在验收报告上签字。设备安装完毕、系统投入使用或甲方支付到货款，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:6. 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换，并免费提供软件补丁和升级。
P:6.2 质保期内及维保期内的故障响应要求：一级故障（熔窑、锡槽控制中断或失控）乙方应在15分钟内远程响应，2小时内到达现场；二级故障（单个控制回路失效）1小时内响应，8小时内到场；三级故障（不影响生产的一般问题）下一个工作日内处理。
P:6.3 乙方响应或到场每超时一小时，甲方有权扣除2,000元，从质量保证金或维保费中扣除。
H:7. 质保期满后的维保服务
P:7.1 质保期满后，乙方继续提供维保服务，年度维保费按硬件及软件小计的7%计取，即每服务年度140,140元，在质保期满后的三个服务年度内固定不变。
P:7.2 维保服务内容包括季度巡检、备件保障、软件升级和第6.2条所列的故障响应。维保费按服务年度结算，每个服务年度结束后支付。乙方每季度巡检后应提交巡检报告，列明设备状态、隐患和处理建议，并对冗余控制器进行切换测试。
P:7.3 维保合同期满后是否续签，由双方另行协商，不自动续期。
H:8. 知识产权与数据
P:8.1 DCS标准软件和燃烧优化软件的知识产权归乙方或其原厂所有，乙方授予甲方永久使用许可。为甲方定制的组态程序、控制策略、燃烧模型参数及工程文件归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 生产工艺参数、配方、产量及能耗数据属于甲方，乙方不得用于本合同以外的目的。乙方远程维护须经甲方审批，通过甲方堡垒机进行，不得拷贝生产数据，不得在控制网络中接入未经检查的移动介质。
P:8.3 发生网络安全或数据泄露事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
H:9. 违约责任
P:9.1 乙方交付的设备或软件不符合合同约定的，应免费更换或整改，并赔偿甲方由此造成的损失。
P:9.2 甲方无正当理由逾期付款的，每日按应付未付款的万分之三支付违约金。
P:9.3 乙方在甲方厂区作业应遵守甲方安全生产、动火作业和高温区域管理制度，因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
H:10. 保密
P:双方对在合作中获悉的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:11. 分包
P:乙方可将现场仪表安装及电缆敷设工作分包给具备相应资质的单位，分包前书面告知甲方即可。乙方对分包单位的工作质量和安全负责。
H:12. 合同解除
P:任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同并要求赔偿损失。
H:13. 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交邢台仲裁委员会仲裁，仲裁裁决是终局的。
H:14. 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延期履行或解除合同。
P:14.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术规格书、停炉切换方案、备品备件清单。
P:甲方：江北浮法玻璃有限公司（盖章）　　授权代表：__________
P:乙方：上海熔控自动化工程有限公司（盖章）　　授权代表：__________
P:签订日期：2026年5月　日
"""

Z03 = """启橙少儿英语排课系统SaaS服务及实施合同

合同编号：QC-IT-2026-009
甲方（客户）：广州启橙教育科技有限公司
乙方（服务商）：成都课排排信息技术有限公司

甲方在广州、佛山两地经营启橙少儿英语培训校区共16家，需要统一的排课、课消和教室管理系统。乙方提供“课排排”排课SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方16家校区提供课排排SaaS服务，包括班级与课表管理、教师排班、教室资源管理、学员请假调课、课时消耗统计、家长端课表推送等功能。
（二）乙方负责实施服务：16家校区历史学员、班级和课时数据迁移，排课规则配置（教师资质、教室容量、同一学员不冲突等），与甲方现有收费系统的接口对接，以及校区教务人员培训。
（三）服务期为三个服务年度，自2026年9月1日起至2029年8月31日止。
（四）系统用户包括甲方总部教务部、财务部，各校区校长、教务老师、外教和中教，以及学员家长（通过微信小程序查看课表、请假和课消记录）。乙方应提供中英文双语的教师端界面。

二、费用
（一）订阅费：每校区每服务年度9,800元，16家校区合计每服务年度156,800元，三个服务年度合计470,400元。
（二）实施费：68,000元（数据迁移、规则配置、收费系统接口）。
（三）培训费：12,000元。
（四）合同总价：550,400元（含6%增值税）。新增校区按每校区每服务年度9,800元另行计费，不计入合同总价。

三、付款
（一）订阅费按季度支付，每个季度开始后十个工作日内支付当季订阅费39,200元。首个季度自上线验收通过之日起算。
（二）实施费和培训费在上线验收通过后十个工作日内一次性支付。乙方应在上线验收通过后提交实施总结报告、系统操作手册和接口说明文档。
（三）乙方应在付款前开具增值税专用发票。
（四）服务期内新增校区的订阅费自该校区开通之日起按实际服务天数折算，随下一季度订阅费一并支付；关闭校区的，自关闭当季的下一季度起不再计费。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收。
（二）上线验收标准：16家校区的在读学员、班级、剩余课时数据与甲方提供的清单逐条核对一致；排课规则经甲方教务部用下一学期真实课表试排，系统自动识别全部教师、教室和学员冲突；与收费系统的课时同步连续七日无差错；三百名教务人员及家长端同时在线时页面响应不超过2秒。
（三）双方按上述标准测试，通过后签署上线验收单。系统开通账号或甲方试用，不视为验收。
（四）乙方应指派一名实施项目经理和不少于三名实施顾问，在实施期间到广州总部及各校区现场工作，并按校区分批上线，每批上线前对校区教务人员进行现场培训。
（五）甲方应指定项目联系人，按时提供历史数据、排课规则说明和收费系统接口文档，并组织校区配合测试。因甲方原因延误的，实施期限相应顺延。
（六）乙方逾期提交上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前三日通知，不计入不可用时间。
（二）故障响应：一级故障（系统整体无法登录或排课、课消功能不可用）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应；三级故障下一个工作日内处理。
（三）乙方提供工作日9:00至21:00的在线客服和电话支持，周末及寒暑假集中排课期间（每年1月、2月、7月、8月）提供7×24小时值班支持。乙方每月向甲方提交服务报告，列明可用率、故障记录及处理情况。
（四）服务补偿：月可用率低于承诺值的，按不足部分每0.1个百分点抵扣当月订阅费的2%，单月抵扣不超过当月订阅费；一级故障响应每超时一小时，抵扣500元。

六、数据安全与个人信息保护
（一）甲方上传和在系统中产生的学员、家长、教师信息及课表数据属于甲方，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）学员多为未满十四周岁的儿童，乙方应按照《个人信息保护法》和《儿童个人信息网络保护规定》处理，数据存储于中国境内，传输和存储加密，实行最小权限访问并保留操作日志。系统应已通过等保二级备案测评。
（三）发生数据泄露的，乙方应在24小时内书面通知甲方，配合甲方告知家长和向主管部门报告；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。
（五）甲方有权每个服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供第三方出具的安全评估报告，乙方应予配合。

七、保密
双方对在合作中知悉的对方商业信息、学员信息和技术资料承担保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

八、知识产权
（一）课排排平台的知识产权归乙方所有。
（二）为甲方定制的排课规则配置、收费系统接口程序及相关文档归甲方所有，甲方可自行使用、修改或交由第三方维护。

九、续期
（一）服务期满前六十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（二）续期时，乙方有权按其当年公布的价目表调整订阅单价，并以书面方式通知甲方，甲方不同意的，应在服务期满前提出不续期。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十二、合同解除
（一）乙方严重违约，或月可用率连续三个月低于承诺值的，甲方有权书面通知解除合同，乙方应退还已预付但未使用的订阅费。
（二）甲方逾期付款超过六十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务，但应保留甲方数据不得删除。
（三）合同解除或期满后，乙方应给予甲方不少于六十日的过渡期，过渡期内按原价格继续提供服务，并配合甲方将数据迁移至新的系统。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

十四、其他
（一）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力持续超过三十日的，任何一方可解除合同。
（二）双方的通知以书面形式发送至本合同所列地址或双方指定的电子邮箱，发出后第二个工作日视为送达。
（三）本合同附件包括：服务功能清单、实施计划、上线验收测试用例、数据迁移清单。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：广州启橙教育科技有限公司（盖章）　授权代表：__________
乙方：成都课排排信息技术有限公司（盖章）　授权代表：__________
日期：2026年7月　日
"""

Z04 = """岳川市气象局自动气象站系统运行维护服务合同

采购项目编号：YCQX-CS-2025-112（竞争性磋商）
甲方（采购人）：岳川市气象局
乙方（成交供应商）：湖南云测气象科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就岳川市自动气象站系统的年度运行维护服务订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

（1）服务范围
乙方对甲方辖区内128个区域自动气象站（含温、湿、压、风、雨量传感器，数据采集器，太阳能供电及通信单元）和中心站数据接收软件提供运行维护服务，包括日常监控、定期巡检、传感器检定更换、故障维修、备件供应和数据质量控制。站点清单、设备型号及所在乡镇见附件一。站点新增、撤销或迁移的，甲方应书面通知乙方，运维费按站点数和实际服务月数相应调整。

（2）服务期
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，甲方如需继续采购，依法重新组织采购，本合同不自动续期。新的服务单位确定前，经甲方书面要求，乙方应按本合同价格标准继续提供不超过三个月的过渡服务，费用按实际服务月数结算。

（3）合同价款
合同总价为人民币658,000元，为包干价，包括：
①区域站运维费：128站×3,600元=460,800元；
②备件费（包干，含传感器、采集器、蓄电池等）：86,000元；
③巡检及传感器检定费：72,400元；
④数据质量控制服务费：38,800元。
服务期内除上述费用外，甲方不再支付其他费用。

（4）付款方式
合同价款按季度支付。每季度结束后，甲方按第（8）项进行季度考核，考核通过后十五个工作日内支付当季价款164,500元；考核扣款从当季价款中扣除。本合同不设预付款。

（5）运维要求
①乙方应在中心站安排专人值守，每日检查各站数据到报情况，发现缺报应立即处理，并在运维平台登记故障发现时间、处理过程和恢复时间，作为考核依据。
②每季度对全部站点巡检一次，汛期前（4月30日前）完成全部雨量传感器的清洁和校验，并提交巡检报告。巡检内容包括设备外观、防雷接地、供电电压、通信信号、观测场环境及围栏，发现问题应拍照登记。
③温、湿、压传感器按检定周期送省级计量机构检定，检定期间以合格备件替换，不得中断观测。
④乙方应在辖区内设立备件库，常用备件储备不少于站点数量的10%。
⑤乙方应配备不少于六名专职运维人员，其中至少两人持有气象仪器维修相关培训证书，并配备两辆巡检车辆。人员名单报甲方备案，更换须提前书面告知甲方并经甲方认可。
⑥乙方更换的传感器和采集器应为中国气象局业务许可的型号，更换记录应在运维平台登记，旧件交回甲方处置。
⑦乙方人员在站点作业应遵守安全规定，登高、用电作业须两人以上，因乙方原因造成人身伤害或第三方财产损失的，由乙方承担责任。

（6）故障响应
①一级故障：国家级站点或连续三个以上区域站数据中断，乙方应在6小时内响应，24小时内到达现场并恢复观测。
②二级故障：单个区域站数据中断或单要素缺测，乙方应在8小时内响应，48小时内修复。
③三级故障：不影响数据上传的一般问题，在下一次巡检时一并处理。
④重大天气过程预警期间，乙方应增派人员待命，按甲方指令对重点站点提前巡查。
⑤因通信运营商线路、市电停电或道路中断等非乙方原因造成的数据中断，乙方应及时报告并采取临时措施，相应时间不计入超时，但乙方应提供书面说明及佐证材料。

（7）服务考核
①响应或修复每超时一小时，扣款300元。
②每站每月缺测时次超过6个的，每超出一个时次扣款200元。
③汛前巡检未按期完成的，每逾期一日，按合同总价的千分之一支付违约金。
④考核扣款在当季价款中扣除，单季扣款不超过当季价款。

（8）季度考核与年度验收
①每季度结束后十日内，乙方提交季度运维报告，列明巡检记录、故障处理记录、备件更换清单和缺测统计。甲方按第（6）、（7）项核对并出具季度考核意见。
②服务期满后十五日内，乙方提交年度运维总结报告。甲方组织年度验收，标准为：全部站点设备运行正常、检定证书齐全有效、备件库存与清单一致、运维记录完整、年度考核扣款已结清。甲方在季度考核中付款或接受报告，不视为年度验收合格。
③年度验收不合格的，乙方应在甲方指定的期限内整改，整改费用由乙方承担；整改后仍不合格的，甲方可从最后一季价款中扣除相应金额。

（9）数据安全
①自动气象站观测数据、站点信息及系统账号均属于甲方，乙方仅为运维目的访问，不得对外提供、出售或用于其他任何目的。
②乙方人员登录中心站软件须使用甲方分配的个人账号，远程访问须经甲方审批，不得修改或删除原始观测数据；数据采集器更换时应先备份数据并交甲方。
③发生数据丢失、篡改或网络安全事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
④乙方用于运维的笔记本电脑和移动存储介质应安装杀毒软件并定期查杀，不得接入与运维无关的网络；乙方人员离岗时应注销其账号。

（10）成果归属
乙方在服务期内形成的巡检报告、故障分析报告、数据质量报告及站点档案归甲方所有，甲方可自由使用。乙方应在每季度考核时将上述资料的电子版和纸质版一并提交甲方归档，服务期满时提交完整的站点运维档案。

（11）分包
乙方不得将本合同项下的运维工作分包或转包。

（12）违约与解除
①乙方连续两个季度考核不合格，或发生严重违约经书面催告后十日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算。
②甲方无正当理由逾期付款的，乙方可书面催告，甲方应在催告后十五日内付清。
③合同解除或服务期满时，乙方应将备件库存、站点档案、账号及运维记录完整移交甲方或甲方指定的单位，并配合新的服务单位完成交接，交接期不超过十五日。

（13）法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

（14）其他
①因台风、暴雨、地震等不可抗力造成站点设备损毁的，乙方应及时报告并协助甲方评估，设备更换费用由双方另行协商，不计入乙方包干备件费。
②本合同附件：附件一站点清单，附件二运维考核细则，附件三磋商响应文件中的服务承诺。
③双方往来通知以书面形式送达合同所列地址；紧急故障通知可先以电话或工作群告知，再补送书面材料。乙方项目负责人联系电话应保持二十四小时畅通，号码变更应提前告知甲方。
④本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。

甲方（盖章）：岳川市气象局　　代表：__________
乙方（盖章）：湖南云测气象科技有限公司　　代表：__________
签订日期：2025年12月　日
"""

Z05 = """# 熏智烟熏工序管理系统软件许可及定制开发合同

（熏智软件标准合同文本 V3.0）

合同编号：XZ-HT-2026-0058

甲方：怀化湘味坊腊味食品有限公司

乙方：长沙熏智软件有限公司

甲方为提升腊肉烟熏工序的标准化和食品安全追溯水平，委托乙方提供熏智烟熏工序管理系统软件许可及定制开发服务。双方经协商，同意按本标准文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供熏智烟熏工序管理系统标准版软件许可、烟熏房温湿度监控模块许可（12间烟熏房）和批次追溯模块许可，许可为永久许可，部署于甲方厂区服务器。

1.2 乙方按甲方需求进行定制开发：烟熏配方（木材种类、烟熏时长、温度曲线）管理、与甲方用友ERP的生产订单及库存对接、质检报表和亚硝酸盐抽检记录模板。

1.3 乙方负责系统安装部署、烟熏房传感器接入调试和操作培训。传感器硬件由甲方另行采购。

1.4 系统运行所需的服务器、操作系统、数据库及网络环境由甲方按乙方提供的配置要求自行准备，因甲方环境不符合要求导致的延误或故障，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 烟熏工序管理系统标准版软件许可 | 1套 | 268,000 |
| 2 | 烟熏房温湿度监控模块许可 | 12间×8,500 | 102,000 |
| 3 | 批次追溯模块许可 | 1套 | 60,000 |
| | 软件许可费小计 | | 430,000 |
| 4 | 定制开发（配方管理、ERP对接、质检报表） | 1项 | 196,000 |
| 5 | 实施部署及传感器接入调试 | 1项 | 48,000 |
| 6 | 操作培训 | 1项 | 12,000 |
| | 合同总价 | | 686,000 |

以上价格含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即445,900元，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即240,100元。

3.3 乙方收到每笔款项后十个工作日内向甲方开具等额增值税专用发票。甲方应将款项汇入乙方指定账户，乙方账户变更的，应提前书面通知甲方。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施和技术支持。

## 第四条 实施周期

4.1 乙方应在收到首笔款项后六十日内完成安装部署和定制开发，使系统上线运行。

4.2 甲方应在乙方提出需求调研计划后五个工作日内安排生产、质检和仓储人员配合调研，并在需求说明书提交后五个工作日内确认；甲方逾期确认的，实施周期相应顺延。需求确认后，甲方提出的需求变更由双方另行协商费用和工期。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线运行后发现的问题，可在免费维护期内提交乙方处理，但不影响验收结论和付款义务。

## 第六条 免费维护及技术支持

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障分级：一级故障（系统无法使用、烟熏房数据无法采集）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在版本更新时处理。

6.3 技术支持方式以电话、微信群和远程协助为主。需要现场服务的，乙方在三个工作日内安排人员到场，免费维护期内现场服务不另收费。

6.4 上述响应时间为乙方的服务目标，乙方不因响应或修复超时承担扣款、赔偿或违约金。

## 第七条 年度维护

7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费小计的35%计取，即每服务年度150,500元，按服务年度预先支付。

7.2 年度维护服务内容为远程技术支持、缺陷修复和标准版本升级。现场服务另按每人每日2,000元收费。

7.3 甲方未签订年度维护合同的，乙方不再提供技术支持和版本升级，已提供的软件可继续使用。

## 第八条 知识产权

8.1 熏智烟熏工序管理系统标准版及各模块的知识产权归乙方所有。甲方不得将软件复制、出租或转让给甲方关联公司以外的第三方使用，新增烟熏房接入的，应另行购买监控模块许可。

8.2 定制开发形成的配方管理模块、ERP接口程序、质检报表模板及其源代码的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第九条 数据

9.1 甲方生产数据（配方、批次、温湿度记录、质检记录）归甲方所有。乙方对系统采取访问控制、数据备份和日志审计措施，远程维护须经甲方同意；因乙方原因导致数据泄露或丢失的，乙方承担相应赔偿责任，并应在发现后24小时内通知甲方。

9.2 乙方人员远程维护时应使用甲方提供的账号，维护结束后及时退出。

9.3 甲方同意，乙方可对甲方生产数据进行脱敏处理后，用于乙方产品改进、烟熏工艺模型训练和行业分析报告，该等使用在本合同终止后仍可继续。

## 第十条 保密

双方对履行本合同中获悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务自本合同终止后持续三年。

## 第十一条 分包

乙方有权根据项目需要将部分开发、实施工作分包给第三方，无需征得甲方同意，乙方对分包工作向甲方负责。

## 第十二条 责任限制

乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担任何间接损失、利润损失或生产损失。

## 第十三条 合同解除

一方严重违约且在收到对方书面通知后三十日内未纠正的，对方有权解除本合同。甲方单方解除的，已付款项不予退还。

## 第十四条 争议解决

本合同的订立、履行和解释发生争议的，以本合同文本为准。

因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

15.2 本合同附件包括：软件功能清单、定制开发需求说明书、实施计划。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同为乙方标准文本，双方另有书面约定的除外。

甲方（盖章）：怀化湘味坊腊味食品有限公司　　代表：__________

乙方（盖章）：长沙熏智软件有限公司　　代表：__________

日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Limestone Metrology Software Inc., a corporation incorporated under the laws of Ontario with its office at 220 Princess Street, Kingston, Ontario, Canada (the "Vendor"), and Changzhou Ruifeng Auto Parts Co., Ltd., a company established in Changzhou, Jiangsu Province, People's Republic of China (the "Customer").
P:Background: The Customer manufactures machined and die-cast parts for automotive suppliers and operates coordinate measuring machines (CMMs) in three inspection rooms. The Customer wishes to replace its inspection programming and reporting software with the Vendor's MetroLine suite, and to have the suite connected to its CMMs and to its manufacturing execution system (MES). The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the MetroLine Inspect client, the MetroLine Server and the related documentation listed in Article 3. "Custom Deliverables" means the report templates, MES interface and CMM post-processors developed by the Vendor for the Customer under this Agreement, including their source code and documentation. "Customer Data" means inspection programs, part models, measurement results and any other data of the Customer processed by the Licensed Software or accessed by the Vendor. "Final Acceptance" means the Customer's signed Final Acceptance Certificate under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its plants in Changzhou for its internal business, on the number of seats stated in Article 3. The Customer may make copies for backup and testing.
P:2.2 The Licensed Software remains the property of the Vendor. The Customer shall not reverse engineer the Licensed Software except as permitted by applicable law.
H:Article 3 Prices
P:3.1 At the Customer's request, all prices are stated and paid in Chinese Renminbi (CNY) and include applicable Chinese VAT. The Contract Price is CNY 1,250,000, made up as follows:
P:(a) MetroLine Inspect perpetual seat licences, 36 seats at CNY 21,500 each: CNY 774,000;
P:(b) MetroLine Server perpetual licence: CNY 96,000;
P:Licence subtotal: CNY 870,000;
P:(c) implementation and CMM integration services: CNY 214,000;
P:(d) Custom Deliverables (report templates, MES interface, post-processors): CNY 138,000;
P:(e) training for programmers and inspectors: CNY 28,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 125,000) within 20 days after signature of this Agreement.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 687,500) within 20 days after delivery of the licence keys and installation of the Licensed Software on all workstations. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 437,500) within 20 days after Final Acceptance.
P:4.4 Each payment is due against a correct invoice (fapiao) issued by the Vendor's authorised reseller in Shanghai, which collects payments on the Vendor's behalf.
H:Article 5 Delivery and Implementation
P:5.1 The Vendor shall deliver the licence keys within 10 days after signature and complete installation, CMM integration and the Custom Deliverables within 90 days after signature, following the implementation plan in Annex 1.
P:5.2 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall be carried out at the Customer's plant according to the test plan in Annex 2. The acceptance criteria are: (a) all 36 seats and the server operate as described in the documentation; (b) inspection programs for 20 reference parts selected by the Customer run on each CMM without manual correction; (c) measurement results for the reference parts agree with the results of the Customer's existing software within the tolerances stated in Annex 2; (d) inspection reports are produced automatically in the Customer's templates and transferred to the MES within 60 seconds; and (e) the system runs for 30 consecutive production days without a Severity 1 fault.
P:6.2 When the criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 days. Installation, production use or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 2 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall provide defect correction, updates, new releases and remote and on-site support free of charge.
P:7.2 Fault handling during the warranty period and any support period: Severity 1 (inspection stopped on a CMM or the server unavailable) - response within 1 hour, engineer on site within 24 hours if remote work fails; Severity 2 (a function impaired, with a workaround) - response within 8 business hours; Severity 3 (questions and minor defects) - next business day.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response time, the Customer may deduct CNY 1,000 from any amount payable or claim it as a credit.
P:7.4 After the warranty period, the Customer may order annual support. The annual support fee is 9% of the Licence subtotal, namely CNY 78,300 per Support Year, and shall not be increased during the first three Support Years. Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all related intellectual property remain with the Vendor.
P:8.2 The Custom Deliverables and all intellectual property rights in them belong to the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license them freely, including through third parties.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, keep, disclose or otherwise use it.
P:9.2 The Licensed Software runs on the Customer's own servers. Remote access by the Vendor requires the Customer's approval for each session and is made through the Customer's VPN with multi-factor authentication. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC when it handles Customer Data.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and bear responsibility for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, personal injury or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except as stated in Article 11.1.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor's authorised reseller in Shanghai may invoice and collect payments but performs no services. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted. The licences granted for amounts paid remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute shall be finally resolved by arbitration in Toronto, Ontario, under the International Commercial Arbitration Rules of the ADR Institute of Canada, by one arbitrator, in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Implementation Plan) and Annex 2 (Acceptance Test Plan and Tolerances), is the entire agreement. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions have equal force.
P:15.3 Neither party is liable for a delay caused by force majeure, such as natural disaster, epidemic measures or government action, provided it notifies the other party promptly and takes reasonable steps to limit the delay. The time for performance is extended accordingly.
P:15.4 Notices shall be given in writing to the addresses stated above, or to such other address as a party notifies, and take effect on receipt.
P:Signed for Limestone Metrology Software Inc.: ____________________  Name and title: ____________________
P:Signed for Changzhou Ruifeng Auto Parts Co., Ltd.: ____________________  Name and title: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM - Riverbend Kitchen Cloud

**Order Form No.** RKC-OF-2026-0231

**Provider:** Riverbend Kitchen Systems Ltd., 85 Queen Street, Fredericton, New Brunswick, Canada

**Customer:** Hangzhou Maiyue Bakery Chain Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, People's Republic of China

This Order Form is entered into under, and incorporates, the Riverbend General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order Details

**Section A.1 Service.** Riverbend Kitchen Cloud, a software-as-a-service application for recipe costing, ingredient inventory, central-kitchen production planning and outlet ordering, for the Customer's 48 bakery outlets and one central kitchen in Hangzhou.

**Section A.2 Subscription Term.** Two Subscription Years, from 1 September 2026 to 31 August 2028. The Subscription Term ends on its last day unless the parties sign a new Order Form.

**Section A.3 Fees.** At the Customer's request all fees are stated and invoiced in CNY and include Chinese VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, 48 outlets and 1 central kitchen | per Subscription Year, CNY 168,000 x 2 | 336,000 |
| Onboarding (data load, recipe import, ERP export file set-up) | one-time | 36,000 |
| Total Fees | | 372,000 |

Additional outlets may be added at CNY 3,500 per outlet per Subscription Year, pro rata; such additions are not part of the Total Fees above.

**Section A.4 Invoicing and Payment.** The subscription fee is invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 42,000 per quarter). The Onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. Payments are made in CNY to Provider's collection agent in Shanghai, which issues fapiao.

**Section A.5 Onboarding and Go-Live Acceptance.** Provider will complete Onboarding by 15 August 2026 (the "Go-Live Date"). Go-Live Acceptance occurs when the Customer confirms in writing that: (a) the 1,260 recipes and 430 ingredient items supplied by the Customer are loaded and their costs reconcile with the Customer's spreadsheet; (b) ordering works at all 48 outlets on the Customer's tablets; (c) the daily ERP export file is accepted by the Customer's Kingdee system for five consecutive days; and (d) ten named users have completed training. Logging in or using the service for testing is not Go-Live Acceptance. If Go-Live Acceptance does not occur by the Go-Live Date for reasons attributable to Provider, Provider will pay the Customer CNY 300 for each day of delay, by credit against the next invoice.

**Section A.6 Service Levels.** Provider targets monthly availability of 99.95% for the production service, excluding announced maintenance between 01:00 and 05:00 Beijing time. Priority 1 incidents (the service is unavailable to all users, or outlet ordering fails) receive a response within 1 hour, 24 hours a day; Priority 2 incidents within 8 business hours; other requests within 2 business days. These service levels are targets. No service credits, refunds or other compensation are payable if a target is missed.

**Section A.7 Hosting.** The service is hosted for the Customer on Alibaba Cloud, East China (Hangzhou) region, operated by Provider's hosting provider named in Section 6.1.

**Section A.8 Customer Responsibilities.** The Customer will name a project lead, provide its recipe and ingredient lists in the agreed spreadsheet format by 20 July 2026, give Provider's consultants access to the central kitchen for two workshop days, and make outlet managers available for training. If the Customer is late in any of these, the Go-Live Date moves by the same number of days.

**Section A.9 Users and Support Contacts.** The subscription includes unlimited outlet users and up to 25 head-office users. The Customer will name two support contacts who may open incidents with Provider's support desk by telephone, e-mail or the in-app chat, in Chinese or English.

## Part B - General Terms

### 1. Definitions

**Section 1.1** "Customer Data" means data entered into the service by or for the Customer, including recipes, costs, supplier prices, stock levels and orders. "Customer Configurations" means the recipe structures, cost reports and export formats configured by Provider specifically for the Customer.

### 2. Use of the Service

**Section 2.1** Provider grants the Customer a non-exclusive right to access and use the service during the Subscription Term for its internal business. The Customer is responsible for its users' accounts and passwords.

**Section 2.2** Provider may update the service from time to time, provided that the functions described in Section A.1 are not materially reduced. Provider will announce major changes to the Customer's support contacts at least 14 days in advance.

**Section 2.3** The Customer will not resell the service, attempt to gain access to other customers' data, or use the service in breach of applicable law.

### 3. Customer Data

**Section 3.1** Customer Data belongs to the Customer. Provider will use Customer Data only to provide the service to the Customer and will not sell it or use it for any other purpose.

**Section 3.2** The Customer may export its Customer Data at any time during the Subscription Term using the standard export function.

**Section 3.3** On the end of the Subscription Term, Provider will make an export of Customer Data available in CSV format for 30 days and will then delete it.

### 4. Intellectual Property

**Section 4.1** The service, its software and documentation remain the property of Provider and its licensors.

**Section 4.2** Customer Configurations belong to the Customer. The Customer may use, copy and modify them and allow third parties to do so, during and after the Subscription Term.

### 5. Confidentiality

**Section 5.1** Each party will keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

**Section 5.2** These obligations continue for three years after the Agreement ends.

### 6. Subcontracting

**Section 6.1** Provider uses Alibaba Cloud (Hangzhou region) as its hosting provider for the service. Provider will not use any other subcontractor to perform the Agreement without the Customer's prior written consent, and remains responsible for its hosting provider and any approved subcontractor.

### 7. Warranties

**Section 7.1** Provider warrants that the service will perform materially in accordance with its documentation. If it does not, Provider will correct the non-conformity within a reasonable time.

**Section 7.2** Each party warrants that it has the authority to enter into the Agreement. The Customer warrants that it has the right to provide the recipes, supplier prices and other Customer Data it loads into the service.

**Section 7.3** Provider will provide the Customer's users with online help in Chinese, a monthly webinar on new functions, and one refresher training session at the central kitchen in each Subscription Year at no additional charge. Further training days are available at CNY 4,200 per day.

### 8. Liability

**Section 8.1** Each party's total liability under the Agreement is limited to 200% of the Total Fees. This limit does not apply to the Customer's payment obligations, breach of Section 5 or wilful misconduct.

**Section 8.2** Neither party is liable for lost profits or indirect loss.

### 9. Term and Termination

**Section 9.1** The Agreement runs for the Subscription Term. Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

**Section 9.2** If the Customer terminates for Provider's breach, Provider will refund prepaid fees for the period after termination.

**Section 9.3** Provider may suspend the service if undisputed invoices remain unpaid 45 days after written reminder.

**Section 9.4** Sections 3.3, 4, 5 and 8 survive the end of the Agreement.

### 10. Renewal

**Section 10.1** The Agreement does not renew automatically. Any continuation of the service after the Subscription Term requires a new Order Form signed by both parties.

### 11. Governing Law and Disputes

**Section 11.1** The Agreement is governed by the laws of the Province of New Brunswick and the federal laws of Canada applicable there.

**Section 11.2** The courts of New Brunswick sitting at Fredericton have exclusive jurisdiction over any dispute arising from the Agreement.

### 12. General

**Section 12.1** Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic measures or a general outage of public networks, provided it notifies the other party promptly and resumes performance as soon as possible. This does not excuse the Customer's payment obligations.

**Section 12.2** Notices must be in writing and sent to the addresses on this Order Form. The Agreement may be amended only in writing signed by both parties. Neither party may assign the Agreement without the other's written consent.

**Section 12.3** The Order Form and these General Terms are made in English with a Chinese translation for reference. Headings are for convenience only.

**Signed for Riverbend Kitchen Systems Ltd.:** ____________________ Date: __________

**Signed for Hangzhou Maiyue Bakery Chain Co., Ltd.:** ____________________ Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR WATER-QUALITY MONITORING BUOYS AND SOFTWARE
P:Contract No. HXAQ-PUR-2026-047
P:Buyer: Qingdao Haixin Aquaculture Co., Ltd., Jimo District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Bedford Basin Instruments Ltd., 40 Wright Avenue, Dartmouth, Nova Scotia, Canada (the "Supplier").
P:The Buyer operates sea-cage fish farms and shellfish rafts in Aoshan Bay. Following its request for quotation of March 2026 and the Supplier's quotation, the parties agree that the Supplier will supply, install and commission a water-quality monitoring system on the terms of this Contract, which is the Buyer's standard purchase contract.
H:1. Scope of Supply
LN:The Supplier shall supply 18 multi-parameter monitoring buoys measuring dissolved oxygen, pH, temperature, salinity and turbidity, with solar power, moorings and telemetry.
LN:The Supplier shall supply 36 spare dissolved-oxygen sensor heads, three shore gateways and a perpetual licence of its AquaWatch monitoring software for installation on the Buyer's server in Qingdao.
LN:The Supplier shall install and moor the buoys at the positions in Annex 1, commission the gateways and software, configure alarm thresholds and dashboards for each farm area, and train the Buyer's staff.
LN:The Supplier shall deliver operating manuals, calibration procedures, wiring diagrams and a recommended spare-parts list in Chinese and English, and certificates of origin and calibration for every sensor.
LN:The equipment shall be new, unused, of the models stated in the Supplier's quotation, suitable for continuous use in seawater and typhoon conditions, and shall comply with the applicable Chinese standards for radio equipment.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,315,000 including Chinese VAT, customs duties, delivery to the Buyer's site in Qingdao, installation and all other costs. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy with mooring|18|46,000|828,000
TB:2|Spare dissolved-oxygen sensor head|36|3,200|115,200
TB:3|Shore gateway (4G and LoRa)|3|28,600|85,800
TB:4|AquaWatch monitoring software, perpetual licence|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||1,155,000
TB:5|Installation, mooring and commissioning|1|142,000|142,000
TB:6|Training|1|18,000|18,000
TB:|Contract Price|||1,315,000
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 263,000) within 15 working days after signature, against the Supplier's invoice and a bank advance-payment guarantee for the same amount.
P:3.2 Delivery payment: 45% of the Contract Price (CNY 591,750) within 15 working days after all buoys are installed at their positions and the Buyer signs the installation record. The installation record confirms quantities and positions only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 460,250) within 15 working days after Final Acceptance under clause 5.
P:3.4 All payments are made in CNY by bank transfer to the Supplier's account stated in its invoice. The Supplier shall issue its invoices through its Chinese distributor named in the quotation, which may receive payments on its behalf but has no other role under this Contract.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's base in Jimo within 70 days after signature and complete installation within 25 days after delivery, subject to sea conditions confirmed by the Buyer.
P:4.2 The Supplier shall pack the equipment for sea and road transport and is responsible for export clearance in Canada. The Buyer, as importer of record, handles Chinese customs clearance with documents supplied by the Supplier; duties are included in the Contract Price and reimbursed to the Buyer if it pays them. Risk passes to the Buyer on signature of the installation record.
P:4.3 If the Supplier delays delivery or completion, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under clause 12.
H:5. Acceptance
P:5.1 After installation the system runs for a trial period of 30 days. Final Acceptance requires that: (a) every buoy transmits readings at the configured 10-minute interval with no more than 50 readings missing per buoy over the trial period; (b) dissolved-oxygen and temperature readings agree with the Buyer's calibrated handheld instruments within the tolerances in Annex 2 at three spot checks; (c) low-oxygen alarms reach the farm managers' phones within 3 minutes in a simulated event; and (d) the software, reports and historical data work on the Buyer's server.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within 7 days after the criteria are met. Installation, operation of the system during the trial period or any payment is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective parts free of charge, including sensor heads that fail before their rated life, and supply software updates.
P:6.2 Severity 1 faults (loss of data from three or more buoys or from a gateway) - remote response within 1 hour and a technician or replacement part on site within 48 hours; Severity 2 faults (one buoy) - response within 8 hours and repair within 5 working days.
P:6.3 For each hour of delay in a Severity 1 response the Supplier shall pay CNY 500, and for each day of delay in a repair CNY 800, deductible from any amount due.
P:6.4 After the warranty, the Buyer may buy annual support at a fee not exceeding 6% of the Hardware and Licence Subtotal, namely CNY 69,300 per support year, fixed for the first three support years. Support is ordered each year by purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and replacement sensor heads for the supplied models available for purchase for at least seven years after Final Acceptance, at prices not higher than its list prices in force at signature.
H:7. Data and Security
P:7.1 All water-quality data, positions, alarms and farm information collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not keep copies or pass them to any third party.
P:7.2 Data is stored on the Buyer's server in Qingdao. Remote access by the Supplier for support requires the Buyer's approval for each session through the Buyer's VPN; the Supplier shall follow the Buyer's security rules and the data laws of the PRC.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the system or the Buyer's data and is responsible for the losses caused by its breach of this clause.
P:7.4 The Supplier's engineers working at the Buyer's farms shall follow the Buyer's safety rules for boats and sea cages, wear life jackets at all times on the water, and avoid disturbing feeding and harvesting operations. The Supplier shall insure its staff and equipment until risk passes to the Buyer.
H:8. Intellectual Property
P:8.1 Dashboards, alarm configurations, reports and the interface to the Buyer's farm management system developed for the Buyer belong to the Buyer, which may use and modify them freely. The AquaWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
P:8.2 The Supplier warrants that the equipment and software do not infringe any third party's intellectual property rights and shall defend and indemnify the Buyer against any such claim.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including farm positions, stock data and prices, and shall not disclose it without prior written consent, during the Contract and for three years after it ends.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage to the Buyer's stock caused by wilful misconduct, and breach of clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor, including the boat operator used for mooring.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay under clause 4.3 exceeds 45 days. On termination the Supplier shall refund amounts paid for equipment not accepted.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, including typhoons and sea conditions that make mooring unsafe, if it notifies the other party promptly; the time for performance is extended accordingly.
P:14.2 Notices under this Contract shall be given in writing to the addresses stated above and take effect on receipt. Amendments must be in writing and signed by both parties.
P:14.3 This Contract is made in Chinese and English; both versions have equal force. Annex 1: Buoy positions. Annex 2: Acceptance tolerances.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement reference: IHMS-DQ-2026-07

Between **Island Harbour Managed Services Inc.**, 119 Water Street, Charlottetown, Prince Edward Island, Canada ("Provider"), and **Ningbo Dongqiao Cold Chain Logistics Co., Ltd.**, Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

The Customer runs warehouse management, transport management and finance systems for its cold-storage warehouses in Ningbo and Shaoxing. It wishes Provider to operate the backup of those systems and a disaster-recovery environment, so that the systems can be restored quickly after a failure. Provider delivers the service remotely from its operations centre and through its engineering partner office in Ningbo. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed backup and disaster-recovery services described in Schedule 1. "Protected Systems" means the systems listed in Schedule 1. "Customer Data" means all data of the Customer held in the Protected Systems, backup copies and the recovery environment. "Service Commencement" means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

## 2. TERM

2.1 The Initial Term is 24 months from Service Commencement. The Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. CHARGES AND PAYMENT

3.1 At the Customer's request the charges are stated and paid in CNY, including Chinese VAT, as set out in Schedule 2.

3.2 The Onboarding Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt. No charge is payable in advance.

## 4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 Provider will complete onboarding within 60 days after signature: install backup agents, configure backup policies, build the recovery environment in the Customer's secondary data centre in Shaoxing, and document the runbooks.

4.2 Service Acceptance requires: (a) successful full and incremental backups of every Protected System for 14 consecutive days; (b) a test restore of each Protected System, verified by the Customer's application owners; (c) a disaster-recovery exercise in which the warehouse management system is running in Shaoxing within the recovery time objective in Schedule 1; and (d) delivery of the runbooks. When the criteria are met the Customer signs the Service Acceptance Certificate. Installing agents or running backups is not acceptance.

4.3 The Customer shall provide storage capacity, network connections, bastion-host accounts and rack space in both data centres, and name an application owner for each Protected System. Delays caused by the Customer extend the onboarding period accordingly.

4.4 If Service Commencement is delayed beyond the 60 days for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3. Service credits for missed service levels are calculated as shown there and deducted from the next invoice.

5.2 Provider shall deliver a monthly service report within 5 working days after each month, showing backup results, test restores, incidents, capacity trends and the service credits due, and shall hold a monthly review call with the Customer's IT manager. Every six months the parties shall review the Protected Systems list and the recovery objectives, and agree any changes in writing.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Provider may use it only to provide the Services and shall not copy, disclose or otherwise use it.

6.2 All backup copies are kept in the Customer's data centres in Ningbo and Shaoxing and encrypted with keys held by the Customer. Provider's engineers access the Protected Systems only through the Customer's bastion host, using named accounts and multi-factor authentication, and their sessions are recorded. Provider shall comply with the Data Security Law and the Personal Information Protection Law of the PRC and with the Customer's MLPS level-2 security rules.

6.3 Provider shall report any security incident affecting Customer Data within 2 hours and shall be responsible for losses caused by its breach of this clause 6, subject to clause 9.

## 7. INTELLECTUAL PROPERTY

7.1 The parties shall keep a joint change log for backup policies. Provider shall not change a backup policy, retention period or encryption setting without the approval of the Customer's IT manager, except in an emergency, when it informs the Customer within one business day.

7.2 Runbooks, backup policies and recovery scripts prepared for the Customer belong to the Customer, which may use and modify them and give them to any later service provider. Provider's own tools remain Provider's property.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other's non-public information received under this Agreement and use it only for this Agreement, during the Initial Term and for three years afterwards.

## 9. LIMITATION OF LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Service Charges paid by the Customer in the 6 months preceding the event giving rise to the claim.

9.2 Provider is not liable for loss of profit, loss of business or indirect loss.

9.3 Provider shall maintain professional indemnity insurance with a reputable insurer during the Initial Term and provide a certificate of insurance on request.

## 10. SUBCONTRACTING

10.1 Provider uses its engineering partner in Ningbo, Ningbo Gangcheng Information Engineering Co., Ltd., for on-site work, which the Customer approves by signing this Agreement. Any other subcontractor requires the Customer's prior written consent. Provider remains responsible for its subcontractors.

## 11. TERMINATION

11.1 This Agreement may not be terminated by the Customer before the end of the Initial Term. If Provider fails to meet a service level or otherwise breaches this Agreement, the Customer's remedies are the service credits in Schedule 3 and damages within clause 9.

11.2 Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed charges within 30 days after a written reminder.

11.3 On expiry or termination Provider shall hand over all backup copies, keys, runbooks and account credentials to the Customer and assist the transfer to a new provider for up to 30 days at the rates in Schedule 2.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. GENERAL

13.1 This Agreement consists of these terms and Schedules 1 to 3. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to resume performance. A disaster at the Customer's primary site is not force majeure for Provider's recovery obligations.

## SCHEDULE 1 - SERVICES AND PROTECTED SYSTEMS

| Protected System | Backup frequency | Retention | Recovery point objective | Recovery time objective |
|---|---|---|---|---|
| Warehouse management system (WMS) | hourly incremental, daily full | 90 days | 1 hour | 2 hours |
| Transport management system (TMS) | daily full | 60 days | 24 hours | 8 hours |
| Finance system | daily full | 180 days | 24 hours | 8 hours |
| File servers | daily incremental, weekly full | 60 days | 24 hours | 24 hours |

Out of scope: application support, database administration and end-user support, which remain with the Customer's IT team.

Services: monitoring of every backup job, re-running failed jobs, monthly test restores, a disaster-recovery exercise every six months, capacity reports, and restores on request.

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 58,000 |
| Monthly Service Charge | 24 months x 46,500 | 1,116,000 |
| Total Contract Value | | 1,174,000 |
| Additional work on request | per engineer day | 3,800 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit |
|---|---|---|
| Availability of the backup service and the restore portal | 99.95% per month | 5% of the Monthly Service Charge for each 0.1 point below target |
| Response to a Priority 1 incident (failure of a WMS restore or disaster-recovery invocation) | 30 minutes, 24 x 7 | CNY 1,000 per 30 minutes late |
| Response to a Priority 2 incident (a failed backup job) | 2 hours | CNY 300 per hour late |
| Failed backup jobs not re-run within 24 hours | none in a month | 3% of the Monthly Service Charge |
| Restore of the WMS within the recovery time objective | every restore | 10% of the Monthly Service Charge |

Signed for Island Harbour Managed Services Inc.: ____________________

Signed for Ningbo Dongqiao Cold Chain Logistics Co., Ltd.: ____________________

Date: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - ARCTIC SEA-ICE AND WEATHER DATA API

Agreement No. QID-SH-2026-003

PARTIES

Qikiqtani Ice Data Inc., a corporation with its office at 1085 Mivvik Street, Iqaluit, Nunavut, Canada ("Provider").

Shanghai Polar Route Shipping Co., Ltd., a company established in Hongkou District, Shanghai, People's Republic of China ("Customer").

BACKGROUND

Customer operates ice-class bulk carriers and multipurpose vessels on summer voyages between Chinese ports and northern Europe through Arctic waters. Provider produces sea-ice charts, ice-drift forecasts and marine weather data derived from satellite imagery and its own observation network, and delivers them through an application programming interface (the "API"). Customer wishes to subscribe to the API for its voyage-planning system and on-board navigation displays.

DEFINITIONS

"Data Products" means the sea-ice concentration and thickness charts, ice-edge positions, ice-drift forecasts and marine weather forecasts that Provider makes available through the API. "Customer Data" means vessel positions, planned routes, voyage schedules, user accounts and any other information that Customer or its vessels submit to the API. "Integration Deliverables" means the route-layer converter and the display plug-in that Provider develops for Customer under this Agreement. "Subscription Year" means each period from 1 March to the last day of the following February.

SUBSCRIPTION

Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, receive the Data Products and use them for planning and navigating Customer's own and chartered vessels, including display on board and sharing with masters, charterers and classification societies for the voyages concerned. Customer may not resell the Data Products as a data service.

The subscription covers up to 30 vessels and 2,000,000 API calls per Subscription Year. Additional calls are charged at CNY 18 per 1,000 calls; these usage charges are not part of the Total Fees.

SUBSCRIPTION TERM

The Subscription Term is two Subscription Years, from 1 March 2026 to 29 February 2028. The Agreement ends at the end of the Subscription Term. Any renewal requires a written agreement of both parties, with fees agreed at that time.

FEES AND PAYMENT

At Customer's request, all fees are stated and paid in CNY, including Chinese VAT:
(a) API subscription fee: CNY 228,000 per Subscription Year, CNY 456,000 for the Subscription Term;
(b) integration support (route-layer converter, display plug-in, testing with Customer's voyage-planning system): CNY 24,000, one-time.
Total Fees: CNY 480,000.

The subscription fee is invoiced half-yearly in advance, at the start of each half of a Subscription Year (CNY 114,000 per invoice). The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after receipt, by bank transfer in CNY to Provider's account with the Shanghai branch of its bank.

INTEGRATION AND ACCEPTANCE

Provider shall deliver production API credentials, the data schema and the Integration Deliverables by 31 January 2026 (the "Integration Date"). Integration Acceptance occurs when Customer confirms in writing that: (a) the voyage-planning system receives all Data Products for a test route from Shanghai to Rotterdam through the Northern Sea Route; (b) ice charts display correctly on the display plug-in on two test vessels; (c) the route-layer converter produces files that Customer's planning system accepts without error for ten consecutive days. Test use of the API is not Integration Acceptance. Customer shall provide the test environment of its voyage-planning system, sample route files and access to two vessels' display units during the testing period, and shall report errors found in testing promptly.

If Provider fails to deliver by the Integration Date for reasons attributable to Provider, Provider shall pay Customer CNY 360 for each day of delay, deducted from the next invoice.

SERVICE AND SUPPORT

Provider will use commercially reasonable efforts to keep the API available and to update the Data Products at the frequencies described in its product documentation. Support requests may be sent by e-mail to Provider's support desk, and Provider will use commercially reasonable efforts to respond promptly. No service levels, availability commitments or response times apply to the API or to support, and no service credits are given.

Provider currently updates ice-concentration charts daily, ice-drift forecasts every six hours and marine weather forecasts four times a day during the navigation season from June to November, and less often in winter. Provider will give Customer 60 days' notice before reducing these frequencies or withdrawing a Data Product.

Data Products are forecasts and estimates. They support, and do not replace, the judgement of the master and the official ice information services. Provider gives no warranty that Data Products are complete or accurate at every location and time.

CUSTOMER DATA

Customer Data belongs to Customer. Provider shall process Customer Data to deliver the API and the Data Products to Customer.

Customer agrees that Provider may use vessel positions and route information contained in Customer Data, in aggregated and de-identified form, to validate and improve its ice-drift models and to develop data products offered to other customers. This right continues after the end of the Agreement.

DATA SECURITY

Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and logging of access. Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, give Customer the information needed to assess it, and take immediate steps to contain it. Provider is responsible for losses suffered by Customer as a result of a security incident caused by Provider's breach of this clause.

USE RESTRICTIONS AND COMPLIANCE

Customer shall not use the Data Products for any voyage in breach of sanctions or navigation rules that apply to it, and shall follow the requirements of the flag state and the coastal states along its routes. Provider shall maintain all licences it needs to supply the Data Products to customers in China. Each party shall comply with the export-control and data laws that apply to it in performing this Agreement, including, for Provider, the rules of the People's Republic of China on the processing of Customer Data.

INTELLECTUAL PROPERTY

The API, the Data Products and Provider's models remain Provider's property. The Integration Deliverables, including their source code, belong to Customer, which may use, modify and license them freely.

CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's voyage schedules and commercial terms, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

CUSTOMER RESPONSIBILITIES

Customer shall keep its API keys secure, restrict access to its own staff, masters and authorised contractors, and inform Provider without delay if a key may have been compromised. Customer is responsible for the use of the API made with its keys and for the decisions of its masters and voyage planners. Customer shall tell Provider which vessels are enrolled in the subscription and update the list when a vessel joins or leaves its fleet.

SUBCONTRACTING

Provider shall not subcontract its obligations under this Agreement without Customer's prior written consent. Suppliers of satellite imagery from which Provider derives the Data Products are not subcontractors.

LIABILITY

Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of the data security or confidentiality clauses and wilful misconduct. Neither party is liable for indirect loss, including loss of hire, delay of a vessel or deviation costs, except to the extent caused by Provider's wilful misconduct.

TERMINATION

Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination. On expiry or termination Customer may keep Data Products received for voyages already completed, for its records.

GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration shall be conducted in English and Chinese.

FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including the loss of satellite data from third-party sources, natural disasters and government action, if it notifies the other party promptly and resumes performance as soon as possible. If such an event prevents delivery of the Data Products for more than 30 days, Customer may terminate this Agreement and receive a refund of prepaid fees for the remaining period.

GENERAL

Notices must be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent. This Agreement is made in English and Chinese; both versions have equal force. Amendments must be in writing signed by both parties.

Signed for Qikiqtani Ice Data Inc.: ____________________ Name: ____________________

Signed for Shanghai Polar Route Shipping Co., Ltd.: ____________________ Name: ____________________

Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files
FILES = {
    "z01": ("h577z01_medical_insurance_fund_supervision_platform.pdf", "zh", "pdf"),
    "z02": ("h577z02_float_glass_line_control_system_retrofit.docx", "zh", "docx"),
    "z03": ("h577z03_kids_english_chain_scheduling_saas.txt", "zh", "txt"),
    "z04": ("h577z04_weather_bureau_aws_annual_maintenance.txt", "zh", "txt"),
    "z05": ("h577z05_cured_meat_smoking_software_supplier_template.md", "zh", "md"),
    "e01": ("h577e01_ontario_cmm_inspection_software_licence.pdf", "en", "pdf"),
    "e02": ("h577e02_new_brunswick_bakery_saas_order_form.md", "en", "md"),
    "e03": ("h577e03_nova_scotia_water_quality_buoys_purchase.docx", "en", "docx"),
    "e04": ("h577e04_pei_managed_backup_dr_service.md", "en", "md"),
    "e05": ("h577e05_nunavut_sea_ice_data_api_subscription.txt", "en", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Plain defaults = a clean clause set; each draft overrides what its text says.
CLEAN = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
             prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
             post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key -> (category, terms overrides, extra overrides, facts used only by expected_rules: tco fee base, forum outside)
SPEC = {
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                             warranty_months=36, post_warranty_fee_pct=8),
            dict(contract_value=1780000, post_warranty_fee_capped=True), dict(fee_base=1020000, forum_outside=False)),
    "z02": ("hardware", dict(p1_response_hours=0.25, prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=7,
                             subcontract_without_consent=True),
            dict(contract_value=2344000, ld_stated=False, post_warranty_fee_capped=True),
            dict(fee_base=2002000, forum_outside=False)),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                          final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(contract_value=550400), dict(forum_outside=False)),
    "z04": ("services", dict(p1_response_hours=6, confidentiality=False, ld_rate_per_day_pct=0.1,
                             final_payment_on_acceptance=None, contract_kind="service"),
            dict(contract_value=658000), dict(forum_outside=False)),
    "z05": ("software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                             final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=35,
                             subcontract_without_consent=True, governing_law=None),
            dict(contract_value=686000, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
            dict(fee_base=430000, forum_outside=False)),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                             warranty_months=18, post_warranty_fee_pct=9, governing_law="Ontario"),
            dict(contract_value=1250000, post_warranty_fee_capped=True), dict(fee_base=870000, forum_outside=True)),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, data_security_clause=False,
                          ld_rate_per_day_pct=300 / 372000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
                          governing_law="New Brunswick", contract_kind="service"),
            dict(contract_value=372000), dict(forum_outside=True)),
    "e03": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                             warranty_months=24, post_warranty_fee_pct=6),
            dict(contract_value=1315000, post_warranty_fee_capped=True), dict(fee_base=1155000, forum_outside=False)),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1174000 * 100,
                             liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None,
                             termination_for_breach=False, contract_kind="service"),
            dict(contract_value=1174000), dict(forum_outside=False)),
    "e05": ("cloud", dict(sla_remedy=False, buyer_owns_data=False, ld_rate_per_day_pct=360 / 480000 * 100,
                          liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
            dict(contract_value=480000, sla_clause=False), dict(forum_outside=False)),
}

# My design list (written before deriving): the rules each draft is meant to trigger.
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"],
    "z04": ["CR-SLA-RESPONSE", "CR-CONFIDENTIALITY"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-GOVERNING-LAW"],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-DATA-OWNERSHIP"],
    "z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-TCO-SERVICE-SHARE", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY",
            "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, t_over, x_over, _ = SPEC[key]
    t = dict(CLEAN)
    t.update(t_over)
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": x_over.get("sla_clause", True), "ld_stated": x_over.get("ld_stated", True)}
    if goods:
        x["post_warranty_fee_capped"] = x_over["post_warranty_fee_capped"]
    x["acceptance_deemed_on_delivery"] = x_over.get("acceptance_deemed_on_delivery", False)
    x["contract_value"] = x_over["contract_value"]
    name, lang, _ = FILES[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": {k: t[k] for k in TERM_KEYS},
            "expected_extra": x}


def tco(key, lab):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence/hardware subtotal. Returns (tco, service_share_pct) or None when the fee is not computable."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = t["post_warranty_fee_pct"] / 100 * SPEC[key][3]["fee_base"] * years
    total = x["contract_value"] + service
    return total, service / total * 100


def expected_rules(key, lab):
    """My own reading of policy.md section 3, applied to the label values."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        tc = tco(key, lab)
        if tc is not None and tc[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or SPEC[key][3]["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"

# ----------------------------------------------------------------------------------------------------------------
# Threshold scan
ND = r"(?<![\d.,])"  # not preceded by a digit, a decimal point or a thousands comma
PATTERNS = [
    ND + r"99\.9(?![\d])", r"百分之九十九点九(?!五|[一二三四六七八九])",
    ND + r"4\s*个?\s*小时", r"(?<![十\d])四\s*个?\s*小时", ND + r"4\s*-?\s*hours?\b", r"\bfour\s*-?\s*hours?\b",
    ND + r"240\s*(?:分钟|min)",
    ND + r"0?\.05(?!\d)\s*%", r"万分之五(?![十百千\d])", r"\b0\.05\b",
    ND + r"100\s*%", r"百分之百", r"one\s+hundred\s+per\s*cent",
    ND + r"30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty\s+per\s*cent",
    ND + r"(?<!年)12\s*个?\s*月(?!\s*\d+\s*日)", r"十二\s*个?\s*月", ND + r"12\s*-?\s*months?\b", r"\btwelve\s*-?\s*(?:calendar\s+)?months?\b",
    r"一年", r"\bone\s*-?\s*years?\b",
    ND + r"15\s*%", r"百分之十五(?![点])", r"\bfifteen\s+per\s*cent",
    ND + r"40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty\s+per\s*cent",
    ND + r"5\s*个?\s*年", r"五\s*年", ND + r"5\s*-?\s*years?\b", r"\bfive\s*-?\s*years?\b",
    ND + r"60\s*个?\s*(?:月|months?\b)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "one year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "60个月", "one hundred per cent"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "24 hours", "14 hours", "1,500%", "0.055%", "130%", "140%", "125%", "35%", "112 months",
             "120 months", "25 years", "2030%", "每个服务年度", "2026年12月31日", "three years", "三年", "三个服务年度", "14 个月"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(text):
    """The text raw, whitespace-collapsed and whitespace-free."""
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found += hits(variant)
    return found


# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    covered, problems, report = set(), [], []
    for k, (name, lang, kind) in FILES.items():
        lab = label(k)
        rules = expected_rules(k, lab)
        if rules != sorted(DESIGN[k]):
            problems.append("%s: derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        covered |= set(rules)
        lab["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t = lab["expected_terms"]
        for key, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            if t[key] is not None and abs(t[key] - bad) < 1e-9:
                problems.append("%s: %s on threshold" % (k, key))
        tc = tco(k, lab)
        if tc is not None and 38 <= tc[1] <= 42:
            problems.append("%s: TCO share %.2f near 40" % (k, tc[1]))
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for label_, txt in (("built", text), ("source", SRC[k])):
            h = scan(txt)
            if h:
                problems.append("%s %s: threshold figures %s" % (k, label_, sorted(set(h))))
        report.append("%s %s %s len=%d rules=%s risk=%s tco=%s" % (k, name, lang, n, ",".join(r[3:] for r in rules) or "-",
                                                                  risk(rules), "-" if tc is None else "%.0f / %.2f%%" % tc))
    print("\n".join(report))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    if problems:
        print("PROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)
    print("all checks passed; 20/20 rules covered")


if __name__ == "__main__":
    main()
