"""holdout525: builds ten blind ORDINARY draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), the .json labels, and checks: expected rules derived from the labels
by my own reading of policy.md section 3 equal the design list; all 20 CR rules covered; no label on a threshold; no
threshold figure in any source text or built file (read back); text lengths in range.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H525Z01 = """T:大数据审计平台建设项目采购合同
P:合同编号：SJJ-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市审计局　　地址：临江市政务中心B座9层
P:乙方（供应商）：北京数衡信息技术有限公司　　地址：北京市海淀区知春路56号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据项目招标文件（编号LJZC-2026-0093）和乙方投标文件，甲乙双方经协商一致，就大数据审计平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数衡大数据审计平台软件（含数据采集、数据治理、审计模型、疑点核查四个模块）的永久使用许可，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容为：财政预算执行、社保基金、公共投资三类审计模型共计46个，以及与财政一体化系统、国库集中支付系统、社保业务系统的数据接口。
P:1.3 平台部署于甲方政务云资源池，数据不出甲方网络。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,100,000元（大写：贰佰壹拾万元整），为固定总价，含税，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（四个模块）|1,180,000
TB:2|审计模型及数据接口定制开发|760,000
TB:3|部署实施及数据迁移|128,000
TB:4|培训|32,000
TB:合计||2,100,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计420,000元。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计945,000元。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的35%，计735,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付程序约束的，乙方应予配合。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成平台部署及初步验收，于合同签订后150日内完成全部定制开发并申请最终验收。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须具有五个以上同类项目经验，未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全保密管理制度。
P:4.3 因甲方原因（包括数据接口协调、场地及资源提供延误）造成工期延误的，交付期限相应顺延，乙方应及时书面说明。
H:第五条 验收
P:5.1 初步验收标准：四个模块功能符合招标文件技术要求；三个业务系统的数据接口连续10个工作日采集无差错；平台在200个并发用户下查询响应时间不超过3秒。
P:5.2 最终验收标准：46个审计模型全部上线并经甲方审计业务处室逐一测试通过；试运行满60日且未发生一级故障；第三方机构出具的安全测评报告无高风险项；乙方提交全部技术文档及源代码。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线试运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:5.4 乙方应在验收前完成操作手册、运维手册、模型说明书及接口文档的编制，并对甲方审计人员进行不少于3期的集中培训，培训效果纳入最终验收评价。
H:第六条 质保期与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型调优和技术支持。
P:6.2 质保期满后，甲方如需继续获得维护服务，年度维护费不超过平台软件许可费的8%，即每个服务年度不超过94,400元，且质保期满后三个服务年度内不上调。
P:6.3 维护服务内容包括缺陷修复、版本升级、审计模型适配财政政策调整、每季度一次现场巡检及年度运行报告，具体以届时签订的维护合同为准。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或核心数据错误）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未按7.2条时限响应或恢复的，每超时1小时，向甲方支付违约金1,000元；月度可用率每低于承诺值0.01个百分点，支付违约金2,000元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，甲方在许可范围内永久使用。
P:8.2 本项目定制开发的审计模型、数据接口程序、源代码及文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
H:第九条 数据安全
P:9.1 平台采集、处理的全部审计数据及衍生数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，远程运维须经甲方审批并通过堡垒机进行，不得复制、留存甲方数据。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的审计事项、被审计单位信息及甲方工作秘密负有保密义务，本合同终止后仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 乙方交付的软件或服务存在质量问题，经两次整改仍不能通过验收的，甲方可解除合同并要求乙方赔偿全部损失。
P:11.4 乙方违反第九条、第十条约定的，除赔偿甲方损失外，甲方有权暂停付款并要求乙方限期整改，情节严重的，甲方可依法报告政府采购监督管理部门。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未改正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，并互不承担违约责任，但应及时通知对方并提供证明。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:14.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：临江市审计局　　　　乙方（盖章）：北京数衡信息技术有限公司
P:代表签字：__________　　　　　　　代表签字：__________
P:日期：2026年3月　日　　　　　　　日期：2026年3月　日
"""

H525Z02 = """T:杀菌釜控制系统改造及维保合同
P:合同编号：HY-SB-2026-008
P:甲方（买方）：漳州海悦罐头食品有限公司
P:乙方（卖方）：厦门恒控自动化工程有限公司
P:甲方现有6台卧式杀菌釜采用手动与仪表混合控制，温度记录依赖纸质记录仪。为满足低酸罐头食品热力杀菌工艺控制及追溯要求，甲方委托乙方实施控制系统改造。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）拆除6台杀菌釜原有控制箱及记录仪，更换为PLC控制柜，实现升温、恒温、冷却全过程自动控制。
P:（二）加装铂电阻温度传感器、压力变送器及液位计，实现温度、压力双冗余采集。
P:（三）部署杀菌工艺管理软件，包含配方管理、F0值实时计算、批次电子记录、偏差报警及报表功能，并与甲方ERP系统对接生产批次信息。
P:（四）配合甲方完成热分布及热穿透测试，出具工艺验证报告。
P:（五）乙方负责改造期间的临时控制措施，确保未改造的杀菌釜及其他生产设备正常运行；改造方案须经甲方生产、质量及设备部门会签后方可实施。
P:（六）乙方提供的设备应为全新、原厂正品，主要部件品牌型号以附件设备清单为准，不得擅自替换；确需替换的，须经甲方书面同意且性能不低于原约定。
H:二、合同价款
P:（一）本合同总价为人民币990,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|杀菌釜PLC控制柜（含触摸屏）|6套|78,500|471,000
TB:2|温度压力传感器组（含液位计）|6套|21,800|130,800
TB:3|杀菌工艺管理软件永久许可|1套|168,000|168,000
TB:4|工业交换机及上位机|2套|36,600|73,200
TB:|软硬件小计|||843,000
TB:5|安装调试及旧系统拆除|1项|96,000|96,000
TB:6|工艺验证配合|1项|38,000|38,000
TB:7|操作及维护培训|1项|13,000|13,000
TB:|合计|||990,000
P:（二）上述价款包含设备运输、保险、安装辅材、软件许可及质保期内全部服务费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，计198,000元。
P:（二）全部设备安装调试完成、6台杀菌釜恢复生产后10个工作日内，甲方支付合同总价的50%，计495,000元。安装调试完成不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的25%，计247,500元。
P:（四）其余5%（49,500元）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、工期
P:（一）乙方应在合同签订后45日内完成设备到货，到货后35日内完成全部改造。改造须分批进行，每批停用杀菌釜不超过2台，以保证甲方正常生产。
P:（二）乙方应在改造前提交详细施工计划和停机安排，经甲方确认后执行。因乙方原因导致停机时间超过计划的，乙方应承担甲方由此增加的人工及能耗费用。
P:（三）乙方进入甲方厂区施工，应遵守甲方食品安全、动火作业、受限空间及用电安全管理制度，施工人员须持健康证明，施工区域应与生产区域有效隔离，防止异物污染产品。
H:五、验收
P:（一）验收标准：每台杀菌釜恒温段温度波动不超过±0.5℃；热分布测试冷点与设定温度偏差符合工艺要求；F0值计算结果与第三方验证数据一致；批次记录完整可追溯且不可篡改；连续生产运行30日无一级故障。
P:（二）乙方完成改造并提交验收申请及工艺验证报告后，甲方在10个工作日内组织验收，出具书面验收报告。未通过验收的，乙方应在10日内整改后重新验收。
P:（三）验收合格后，乙方应移交全部竣工资料，包括电气图纸、PLC程序备份、组态工程文件、传感器校准证书、操作规程及维护手册，资料不全的，甲方可暂缓支付验收款。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级均免费。
P:（二）质保期满后，甲方可续签维保服务，年度维保费按软硬件小计的9%计取，即每个服务年度75,870元，质保期满后三个服务年度内不上调。
P:（三）一级故障（杀菌釜停机或温度失控）：乙方应在30分钟内远程响应，3小时内到达现场，8小时内排除。二级故障2小时内响应，24小时内排除。
P:（四）乙方未按上述时限响应或到场的，每超时1小时，向甲方支付500元违约金。
P:（五）乙方应在每次现场服务后提交服务记录，列明故障原因、处理措施及更换部件，经甲方设备部门签字确认。质保期内每半年进行一次预防性巡检，包括传感器校准、控制柜清洁及程序备份。
H:七、知识产权
P:（一）PLC控制程序、组态画面及ERP接口程序为本项目定制，其知识产权及源代码归甲方所有，甲方可自行修改或委托他人维护。
P:（二）工艺管理软件标准产品的知识产权归乙方所有，甲方享有永久使用许可。
H:八、数据安全
P:（一）杀菌工艺参数、配方及批次记录等数据属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面批准，使用甲方指定的访问方式，不得下载、留存甲方数据；维护结束后应清除临时账号。
P:（三）因乙方原因造成数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，承担恢复费用并赔偿甲方全部损失。
H:九、保密
P:（一）双方对在履行本合同中获知的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。
P:（二）乙方人员因工作需要接触甲方配方及工艺文件的，应签署保密承诺书。
H:十、分包
P:（一）乙方可将电气安装、管线施工及线缆敷设工作分包给具有相应资质的第三方，但应提前书面通知甲方。乙方对分包方的工作向甲方负责。
H:十一、违约责任与合同解除
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）合同生效后，双方均不得解除本合同。任何一方违约的，守约方可以要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）乙方提供的设备或软件存在质量缺陷导致产品杀菌不足、批次报废或召回的，乙方应赔偿甲方由此造成的直接损失，包括报废产品成本及召回费用。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同产生的争议，提交厦门仲裁委员会仲裁。
P:（二）本合同履行地为甲方厂区。未经对方书面同意，任何一方不得转让本合同项下的权利义务。
H:十三、其他
P:（一）本合同附件包括设备清单、技术方案及验收方案，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：漳州海悦罐头食品有限公司　　乙方（盖章）：厦门恒控自动化工程有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2026年4月　日　　日期：2026年4月　日
"""

H525Z03 = """教务管理SaaS服务及实施合同

合同编号：QM-JW-2026-031

甲方（客户）：杭州启码少儿编程培训有限公司（含其直营的22家校区）
乙方（服务商）：上海学云信息科技有限公司

鉴于甲方在杭州、宁波、绍兴经营22家少儿编程培训校区，需要统一的排课、学员、收费及家校沟通管理系统；乙方提供“学云教务”云服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方22家校区提供学云教务SaaS服务，包括招生线索、学员档案、排课与教室管理、课消与收费、教师课时统计、家长端小程序及经营报表。
1.2 乙方提供一次性实施服务：历史学员及课时数据迁移、22家校区组织架构与课程体系配置、与甲方财务系统的收费对账接口、校区店长及教师培训。
1.3 服务期为两个服务年度，自2026年7月1日起至2028年6月30日止。

1.4 乙方应为甲方指定专属客户成功经理，负责需求对接、季度服务回顾及校区使用情况分析，并在服务期内免费提供功能更新及新版本。
1.5 甲方负责提供校区基础信息、课程体系及历史数据，并指定项目负责人配合实施。因甲方未及时提供资料导致实施延误的，实施期限相应顺延。

2. 服务费用
2.1 本合同总价为人民币500,000元，明细如下：
    项目                          单价                    数量        金额（元）
    教务SaaS订阅（每校区每服务年度）  9,800元                22校区×2   431,200
    实施服务（迁移、配置、接口、培训）  一次性                  1项         68,800
    合计                                                               500,000
2.2 订阅费按季度结算，每季度首月10日前支付当季费用，每季度53,900元。实施费在上线验收合格后15个工作日内一次性支付。
2.3 新增校区按每校区每服务年度9,800元按月折算计费，不计入本合同总价。

3. 实施与验收
3.1 乙方应在2026年6月20日前完成全部实施工作并提交上线验收申请。
3.2 上线验收标准：历史学员档案、剩余课时和预收费余额迁移后与甲方提供的核对表逐校区一致；22家校区可独立完成排课、签到、课消及退费流程；财务对账接口连续5个工作日数据无差错；家长端小程序在500人并发下页面响应不超过2秒。
3.3 甲方在收到验收申请后5个工作日内组织验收并出具书面意见。试用或上线使用不视为验收合格。
3.4 乙方逾期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

3.5 乙方应在实施期间为每家校区至少安排一次现场或远程培训，培训对象包括校区店长、前台及教师，并提供操作视频及常见问题手册。

4. 服务水平
4.1 乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日6:00之间并提前48小时通知。
4.2 一级故障（全部校区无法登录或无法课消）：乙方应在1小时内响应，6小时内恢复；二级故障（单一功能异常）在2小时内响应，24小时内解决。
4.3 月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣合计以当月订阅费的50%为限；一级故障响应超时的，每次抵扣1,000元。

4.4 乙方应每月向甲方提供服务报告，列明当月可用率、故障记录、工单处理情况及服务抵扣金额，甲方可在付款时直接扣除应抵扣的金额。
4.5 乙方应对系统数据每日备份，备份数据保留不少于30日，并每季度进行一次恢复演练，演练结果书面报告甲方。

5. 数据与个人信息保护
5.1 甲方上传及系统中产生的学员、家长、教师信息及经营数据归甲方所有。
5.2 乙方应按照《个人信息保护法》及未成年人个人信息保护的规定处理学员信息，对数据加密存储和传输，实行最小权限访问和操作日志审计，系统已通过网络安全等级保护三级测评。
5.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应法律责任并赔偿甲方损失。
5.4 乙方可对甲方使用数据进行去标识化处理后汇总分析，用于改进产品功能及编制少儿编程教育行业报告，该等去标识化数据及分析结果由乙方使用，不需另行取得甲方同意。
5.5 服务期满或合同解除后30日内，乙方应向甲方完整导出数据，并在甲方确认后删除系统中的甲方数据。

5.6 乙方不得将甲方数据存储于中国境外，不得向任何第三方提供甲方数据，法律法规另有规定的除外。

6. 知识产权
6.1 学云教务平台的知识产权归乙方所有。
6.2 为甲方定制的财务对账接口程序、专属报表模板及其文档的知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

7.2 乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

8. 续约
8.1 服务期满前60日内双方均未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
8.2 每次自动续期时，乙方有权将订阅单价上调，上调幅度不超过上一服务年度单价的8%，乙方应在续期生效前30日书面通知甲方。

8.3 甲方不同意调价的，可在收到调价通知后书面通知乙方不续约，本合同于当期服务年度届满时终止。

9. 分包
9.1 未经甲方书面同意，乙方不得将本合同项下的任何服务分包或转包给第三方。

10. 合同解除
10.1 乙方严重违约，或一级故障在一个自然月内累计发生三次以上的，甲方可书面通知解除合同，乙方应退还已付未履行期间的费用。
10.2 任何一方违反本合同主要义务，经对方书面催告后15日内仍未改正的，守约方有权解除合同。

11. 法律适用与争议解决
11.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向杭州仲裁委员会申请仲裁。

12. 通知
12.1 本合同项下的通知应以书面形式发送至双方在合同首页载明的地址或双方确认的电子邮箱，变更联系方式的一方应及时通知对方。

13. 其他
13.1 本合同附件包括服务功能清单、实施计划及数据迁移方案，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州启码少儿编程培训有限公司
乙方（盖章）：上海学云信息科技有限公司
签署日期：2026年5月　日
"""

H525Z04 = """沧澜国际机场航班信息显示系统年度运维服务合同

项目编号：CLJC-CS-2026-05（竞争性磋商）
甲方（采购人）：沧澜国际机场有限责任公司
乙方（成交供应商）：南京航显智联科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就航班信息显示系统（以下简称“航显系统”）年度运维服务订立本合同。

【服务范围与期限】
（1）运维对象：航站楼及停车楼内航显终端1,386块、LED大屏22块、航显服务器及数据库、与机场运行数据库（AODB）的接口、航显发布软件。
（2）服务内容：7×24小时驻场值守、故障处理、终端及大屏巡检、预防性维护、软件缺陷修复及版本升级、备品备件供应、年度系统健康评估。
（3）服务期：2026年3月1日至2027年2月28日，期满不自动续期。甲方如需继续采购，另行组织采购程序。

（3-1）甲方负责提供驻场办公场所、机房出入授权及必要的网络资源，并指定运行指挥中心作为日常对接部门。

【服务费用】
（4）本合同总价为人民币1,176,000元，为固定总价，明细如下：
    驻场运维（6人，三班值守）          672,000元
    巡检与预防性维护                  186,000元
    软件维护及升级                    168,000元
    备品备件                          150,000元
    合计                           1,176,000元
（5）服务费按季度结算。每季度结束且季度服务考核通过后15个工作日内，甲方支付当季服务费294,000元。本合同不设预付款。

（5-1）备品备件由乙方自行采购、保管，终端及大屏故障件更换所需备件费用已包含在合同总价内；单块LED大屏整屏更换等重大更换事项，由双方另行协商。

【人员与进场】
（6）乙方应于2026年3月1日前完成进场交接，驻场人员须持有机场控制区通行证，项目负责人具有同类机场航显运维经验。
（7）乙方未能按期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（8）驻场人员变更须提前7日征得甲方同意，乙方应保证值守岗位不空缺。

（8-1）乙方应编制航显系统应急预案，每季度组织一次应急演练，演练方案及总结报告提交甲方备案。遇航班大面积延误、恶劣天气或重大保障任务时，乙方应按甲方要求增派人员。
（8-2）乙方驻场人员应每日完成航站楼重点区域终端巡视，每月完成全部终端和大屏的巡检，每季度完成服务器、数据库及接口的预防性维护，并形成书面记录。

【服务水平】
（9）航显系统月度可用率不低于99.8%。可用率=（当月总分钟数－故障影响分钟数）/当月总分钟数，经甲方批准的计划维护时间不计入故障时间。
（10）一级故障（航显系统整体中断、航班信息错误显示或AODB接口中断）：乙方驻场人员应在15分钟内响应，1小时内恢复或启用应急发布方案。
（11）二级故障（单块大屏或区域终端故障）：30分钟内响应，2小时内修复或更换。三级故障：2小时内响应，当班内修复。
（12）服务扣减：月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级故障每超时10分钟扣减2,000元；二级故障每超时1小时扣减500元。扣减在当季付款时直接抵扣。

（12-1）乙方应对航显发布软件的缺陷进行修复，并在甲方同意的维护窗口内实施版本升级；升级前须在测试环境验证，并准备回退方案，升级不得影响航班信息的正常发布。

【季度考核与验收】
（13）甲方每季度按考核细则对乙方进行服务考核，考核内容包括可用率、故障响应及修复时限、巡检完成率、工单闭环率及文档完整性，考核得分不低于85分为通过。
（14）乙方应在每季度结束后5个工作日内提交运维报告、巡检记录及故障分析报告。考核不通过的，乙方应在10日内整改，整改后复核通过方可付款。
（15）服务期末，甲方对全年运维工作进行总体验收，乙方应移交全部运维文档、配置清单及备件台账。

（15-1）运维文档及备件台账应真实、完整，甲方可随时检查。服务期满乙方应配合新服务商完成交接，交接期内不得中断值守。

【数据安全】
（16）航显系统中的航班数据、旅客引导信息、系统日志及配置数据均属于甲方所有，乙方不得用于本合同以外的任何用途。
（17）乙方应遵守民航网络安全管理规定，运维操作须通过甲方堡垒机进行，禁止使用未经授权的移动存储介质，不得在外网存储任何甲方数据。
（18）发生网络安全事件的，乙方应在30分钟内报告甲方运行指挥中心；因乙方原因造成数据泄露、篡改或系统被攻击的，乙方承担全部责任并赔偿甲方损失。

（18-1）乙方应定期对驻场人员进行网络安全及民航运行安全培训，人员离岗时应及时注销其系统账号并收回通行证件。

【保密】
（19）乙方及其人员对在服务中知悉的机场运行信息、安保信息及系统配置负有保密义务，不得向任何第三方披露；保密义务不因合同终止而解除。

（19-1）乙方应要求驻场人员签署保密承诺书，并对其人员违反保密义务的行为承担连带责任。

【知识产权】
（20）乙方在服务期内为甲方编写的运维脚本、应急预案、配置文档及健康评估报告归甲方所有。

【分包】
（21）乙方不得将本合同项下的服务转包或分包给第三方。

【责任限额】
（22）乙方在本合同项下的累计赔偿责任（含服务扣减及违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

（22-1）本条所称累计赔偿责任，包括乙方在本合同项下因违约、侵权或其他原因应向甲方承担的全部赔偿及违约金。

【合同解除】
（23）乙方连续两个季度考核不通过，或发生因乙方原因导致的严重航班信息事故的，甲方有权书面通知解除合同。
（24）一方严重违约，经另一方书面催告后10日内仍未纠正的，守约方有权解除合同。

【不可抗力】
（24-1）因不可抗力导致一方不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但乙方应尽力保障航显系统基本运行。

【争议解决】
（25）本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

（25-1）乙方应确保驻场人员的劳动关系、社会保险及工资报酬符合法律规定，因乙方用工问题产生的纠纷由乙方自行承担。
（25-2）本合同未尽事宜，双方可签订补充协议。

【其他】
（26）磋商文件、响应文件及成交通知书为本合同不可分割的组成部分。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：沧澜国际机场有限责任公司
乙方（盖章）：南京航显智联科技有限公司
日期：2026年2月　日
"""

H525Z05 = """# 智排APS生产排程系统软件许可及实施合同

（智排科技标准合同文本 V4.0）

合同编号：ZP-HT-2026-0412

甲方：柳州螺香食品有限公司

乙方：广州智排科技有限公司

甲方为提高螺蛳粉生产线（米粉、汤料包、配料包及包装线）的排产效率，拟采购乙方智排APS生产排程系统。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智排APS生产排程系统（含排程引擎、物料齐套分析、MES接口模块）永久使用许可，部署于甲方本地服务器。

1.2 乙方按甲方需求提供定制开发：米粉发酵周期、汤料熬制批次及包装线换型规则的排程模型，以及与甲方ERP系统的订单、库存接口。

1.3 乙方提供部署、参数配置、上线支持及培训服务。

1.4 甲方应提供排程所需的产品工艺路线、设备产能、班次安排及历史订单数据，并指定项目联系人。因甲方资料不完整导致排程效果不佳的，乙方不承担责任。

1.5 系统运行环境（服务器、操作系统、数据库）由甲方按乙方提供的配置要求自行准备，费用由甲方承担。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排APS软件永久许可（含MES接口模块） | 1,260,000 |
| 2 | 排程规则及ERP接口定制开发 | 186,000 |
| 3 | 部署实施及培训 | 54,000 |
| | 合计 | 1,500,000 |

合同总价为人民币1,500,000元（含税）。

2.1 上述价款包括软件许可、定制开发、部署实施、培训及免费维护期内的服务费用，不包括服务器、数据库等第三方软硬件费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，计750,000元。乙方收款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价剩余的50%，计750,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取滞纳金。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税专用发票。人天单价为每人天2,800元，适用于需求变更及现场服务。

## 第四条 交付与上线

4.1 乙方在收到首付款后75日内完成系统部署及定制开发，安排上线运行。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按第六条维护服务处理。

4.3 乙方负责对甲方计划员、车间主任及IT人员进行操作与管理培训，培训时间合计不少于5天，培训地点在甲方工厂。

4.4 因甲方原因（包括资料提供延误、环境未就绪、需求变更）导致上线延期的，交付期限相应顺延；需求变更涉及新增工作量的，按乙方人天单价另行收费。

## 第五条 知识产权

5.1 智排APS软件及其文档的知识产权归乙方所有。

5.2 乙方为甲方定制开发的排程模型、接口程序及相关源代码、文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反编译或提供给第三方。

5.3 甲方保证其提供的资料不侵犯第三方权利；乙方保证其提供的软件不侵犯第三方知识产权，如因此发生纠纷，由乙方负责处理。

## 第六条 免费维护与维保服务

6.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的22%，即每个服务年度277,200元。

6.3 维保服务包括软件缺陷修复、小版本升级及远程技术支持；现场服务另行按人天计费。

6.4 维保期内，乙方每服务年度提供两次远程健康检查，并根据甲方需要提供操作答疑。甲方未续签维保合同的，乙方不再提供缺陷修复和版本升级。

## 第七条 服务响应

7.1 一级故障（排程系统无法运行）：乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应。

7.2 乙方将尽力在合理时间内排除故障，但不因响应或排除故障的时间承担任何扣款、赔偿或违约金。

7.3 乙方提供7×24小时服务热线及在线工单系统，甲方报修应说明故障现象、发生时间及影响范围，并配合乙方远程诊断。

## 第八条 数据

8.1 甲方的生产订单、配方、库存及排程数据归甲方所有，乙方仅为履行本合同使用该等数据。

8.2 乙方远程维护须经甲方同意，并采取加密传输、访问权限控制及操作记录等安全措施，不得留存或向第三方提供甲方数据。

8.3 发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成数据泄露或丢失的，乙方负责恢复并赔偿甲方由此遭受的损失。

8.4 合同终止后，乙方应按甲方要求返还或删除其在维护过程中接触的甲方数据，并书面确认。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

9.2 双方应要求其接触对方保密信息的员工遵守本条约定，员工违反保密义务的，由其所属一方向对方负责。

## 第十条 违约责任

10.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的50%。任何一方均不承担间接损失、利润损失。

10.3 甲方未按约定提供资料、环境或配合验证，导致项目停滞超过60日的，乙方有权按已完成工作量结算费用。

10.4 本合同约定的违约金不足以弥补守约方实际损失的，守约方可就差额部分要求赔偿，但应受10.2条约定的限制。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未改正的，守约方有权书面通知解除本合同。

11.2 因不可抗力导致本合同无法履行的，双方互不承担违约责任，受影响方应及时通知对方并在合理期限内提供证明。

11.3 合同解除后，乙方应在15日内交还甲方提供的全部资料，甲方应停止使用未付款部分对应的软件模块。

## 第十二条 争议解决

12.1 因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

12.2 争议解决期间，双方应继续履行本合同中不涉及争议的部分。

## 第十三条 其他

13.1 本合同附件《功能清单》《实施计划》《培训计划》为本合同组成部分。附件与正文不一致的，以正文为准。

13.2 本合同自双方盖章之日起生效，一式二份，双方各执一份。

甲方（盖章）：柳州螺香食品有限公司　　　　乙方（盖章）：广州智排科技有限公司

日期：2026年6月　日
"""

H525E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BRK-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 May 2026 between Suzhou Hengrun Precision Casting Co., Ltd., a company established in the People's Republic of China with its registered office at 88 Tongda Road, Wuzhong District, Suzhou (the "Customer"), and Brazos Reliability Software, Inc., a Texas corporation with its principal office at 1400 Sundance Parkway, Round Rock, Texas 78681, USA (the "Vendor").
P:Background. The Customer operates two foundries and a machining plant and wishes to replace its spreadsheet-based maintenance records with the Vendor's MaintainPro computerised maintenance management system. The Vendor has agreed to license the software on a perpetual basis and to configure, integrate and support it on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MaintainPro version 9, including the web and mobile modules listed in Article 3, and all updates supplied under this Agreement.
P:1.2 "Deliverables" means the configurations, work-order templates, reports, the interface to the Customer's SAP system and any other work product prepared by the Vendor specifically for the Customer.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including equipment records, work orders, spare-parts stock and meter readings.
P:1.4 "Go-Live" means the first day on which the Software is used for production maintenance work at all three plants.
P:1.5 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its wholly owned subsidiaries in China, for the number of named users purchased.
P:2.2 The Software is installed on servers owned by the Customer in its Suzhou data room. The Customer may make copies for backup, testing and disaster recovery.
P:2.3 Additional named users may be purchased at the unit price in Article 3 for a period of three years after signature.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,220,000, fixed and inclusive of applicable taxes, made up as follows:
P:(a) MaintainPro named-user licences, 120 users at CNY 6,200: CNY 744,000;
P:(b) Mobile technician module, site licence: CNY 96,000;
P:Licence subtotal: CNY 840,000;
P:(c) Configuration and SAP PM/MM interface: CNY 268,000;
P:(d) Data migration of equipment and spare-parts records: CNY 74,000;
P:(e) Administrator and end-user training: CNY 38,000.
P:3.2 The Contract Price covers travel, expenses and all work needed to reach Final Acceptance. No other charges apply unless agreed in a written change order.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 10% of the Contract Price (CNY 122,000) within fifteen days after signature, against the Vendor's invoice; (b) 55% (CNY 671,000) within fifteen days after Go-Live; and (c) 35% (CNY 427,000) within fifteen days after Final Acceptance.
P:4.2 Go-Live is not acceptance. Payment of any instalment does not waive any right of the Customer.
P:4.3 The Vendor shall issue valid invoices in advance of each payment. Payments are made by bank transfer in CNY to the account named by the Vendor.
H:Article 5 Project Schedule
P:5.1 The Vendor shall install the Software within 30 days after signature, reach Go-Live within 120 days after signature and request Final Acceptance no later than 60 days after Go-Live.
P:5.2 If the Vendor fails to meet the Go-Live date or the date for requesting Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Customer may deduct delay damages from any payment due.
P:5.3 The Vendor shall appoint a project manager fluent in Chinese who is available on site during configuration, migration and Go-Live.
P:5.4 The Customer shall provide the Vendor's team with access to its sites, test data, a SAP test client and the key users named in the Project Plan. If the Customer's delay holds up the project, the dates in this Article are extended by the period of that delay.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests shall show that: (a) all functions listed in the Requirements Specification work as described; (b) migrated equipment and spare-parts records reconcile with the source files with no missing or duplicated records; (c) work orders and goods issues flow between the Software and SAP without error for ten consecutive working days; (d) pages load in under three seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:6.2 The Customer shall run the tests with the Vendor within ten working days after the Vendor's request and issue an acceptance certificate or a written list of failures. The Vendor shall correct failures and repeat the tests. Production use before Final Acceptance is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Deliverables will perform materially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide the support service in Article 8 free of charge.
P:7.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 92,400 per Support Year, and will not be increased for the first three Support Years. Support is ordered by the Customer in writing and does not renew automatically.
H:Article 8 Service Levels
P:8.1 The Vendor shall provide a support desk by telephone, e-mail and portal from 8:00 to 20:00 China time on working days, and a hotline at all times for Severity 1 incidents.
P:8.2 Response times: Severity 1 (the Software is unavailable, or work orders cannot be created at a plant): response within one hour and a workaround or fix within eight hours; Severity 2 (a major function is impaired): response within two hours and a fix within two working days; Severity 3: response within one working day.
P:8.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall credit the Customer CNY 1,500 against the next payment or support invoice.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Deliverables, including the source code of the SAP interface, vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely. The Vendor may reuse its general know-how.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement.
P:10.2 The Vendor shall access the Customer's systems only remotely through the Customer's approved access gateway, with the Customer's approval for each session, and shall not copy Customer Data outside the Customer's environment. The Vendor's personnel shall follow the Customer's information security rules.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data caused by the Vendor, shall take remedial action and shall be responsible for the resulting losses of the Customer.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for this Agreement and disclose it only to its personnel who need it. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 10 or Article 11, or infringement of third-party rights.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.
P:14.2 If the Customer terminates before Final Acceptance for the Vendor's breach, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict-of-laws rules.
P:15.2 Any dispute that the parties cannot settle by negotiation within thirty days shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution in Austin, Texas, in English, by a sole arbitrator.
P:15.3 Pending the resolution of a dispute, the parties shall continue to perform their obligations that are not in dispute.
H:Article 16 General
P:16.1 This Agreement, with its annexes (Requirements Specification, Project Plan, Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and sent to the addresses above. This Agreement is signed in two English originals, one for each party.
P:For the Customer: Suzhou Hengrun Precision Casting Co., Ltd.  Name: ____________  Title: ____________
P:For the Vendor: Brazos Reliability Software, Inc.  Name: ____________  Title: ____________
"""

H525E02 = """# ORDER FORM No. SH-2026-0617

**ShiftHarbor Workforce Cloud**

| | |
|---|---|
| Provider | ShiftHarbor, Inc., 2150 North First Street, Suite 400, San Jose, California 95131, USA |
| Customer | Chengdu Laomatou Catering Management Co., Ltd., 17 Tianfu Avenue Middle Section, High-Tech Zone, Chengdu, Sichuan, China |
| Order Form date | 2 June 2026 |
| Subscription Term | 1 July 2026 to 30 June 2028 (two Subscription Years) |
| Currency | CNY, at the Customer's request |

## 1. Services Ordered

| Item | Unit price (CNY) | Quantity | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Workforce Cloud platform fee (scheduling, time and attendance, labour forecasting) | 186,000 per year | 1 | 186,000 | 372,000 |
| Manager seats | 380 per seat per year | 420 | 159,600 | 319,200 |
| Onboarding package (one-time) | 48,800 | 1 | | 48,800 |
| **Total fees for the Subscription Term** | | | | **740,000** |

Employee mobile app accounts for restaurant staff are included without limit. Additional manager seats ordered during the Subscription Term are charged pro rata at the unit price above and are not part of the total.

## 2. Invoicing and Payment

2.1 Subscription fees are invoiced quarterly in arrears, CNY 86,400 per quarter, payable within thirty days after receipt of a valid invoice (fapiao) issued by the Provider's reseller of record in China.

2.2 The onboarding fee is invoiced after Onboarding Acceptance under Section 4 and paid within thirty days.

2.3 Fees are inclusive of VAT. No other fees apply unless agreed in a further Order Form.

## 3. Onboarding Package

3.1 The onboarding package covers: configuration of 96 restaurants and the central kitchen in the platform; import of employee master data from the Customer's HR system; set-up of labour rules under the Customer's shift and overtime policies; a point-of-sale sales feed for labour forecasting; and train-the-trainer sessions for 40 regional managers.

3.2 The Provider will use reasonable efforts to complete onboarding by 31 August 2026. The parties will agree a project plan within ten business days after the Order Form date.

## 4. Onboarding Acceptance

4.1 The Customer will test the configured platform against the following criteria: all 96 restaurants and the central kitchen are set up with correct positions and opening hours; employee records reconcile with the HR export; schedules for a four-week trial period can be published and confirmed on the mobile app; attendance records export to the Customer's payroll file format without manual correction; and the sales feed updates forecasts daily.

4.2 The Customer will confirm acceptance in writing within ten business days after the Provider reports completion, or list the failed criteria. The Provider will correct failures and resubmit. Use of the platform in live operations before written confirmation does not constitute acceptance.

## 5. Signatures

This Order Form is governed by the ShiftHarbor General Terms below, which form part of it. If the Order Form conflicts with the General Terms, the Order Form prevails.

Signed for the Customer: ______________________ Name / Title / Date

Signed for the Provider: ______________________ Name / Title / Date

---

# SHIFTHARBOR GENERAL TERMS (China Edition 2026)

## 1. Definitions

1.1 "Service" means the ShiftHarbor Workforce Cloud subscription service described in the Order Form, including the mobile app and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including employee personal information, schedules, attendance and sales data.

1.3 "Customer Materials" means the labour-rule configurations, report templates and interface mappings prepared by the Provider for the Customer under an Order Form.

## 2. Use of the Service

2.1 The Provider grants the Customer and its restaurants a non-exclusive right to access and use the Service during the Subscription Term for its internal business.

2.2 The Customer is responsible for its users' compliance with these General Terms and for the accuracy of the Customer Data it submits.

2.3 The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner named in Section 7.

## 3. Availability and Support

3.1 The Provider will use commercially reasonable efforts to keep the Service available around the clock, except for planned maintenance and events beyond its reasonable control.

3.2 The Provider will give advance notice of planned maintenance through the Service's administrator console where practicable.

3.3 Support is provided by e-mail and the online help centre in Chinese and English during the Provider's normal business hours. The Provider will address support requests in the order received and as its resources allow.

## 4. Customer Data and Security

4.1 As between the parties, the Customer owns all Customer Data. The Provider will process Customer Data only to provide the Service to the Customer and in accordance with the Customer's documented instructions, and will not use it for any other purpose.

4.2 The Provider will maintain administrative, physical and technical safeguards for the Service, including encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access, and an information-security programme aligned with ISO/IEC 27001. The Service hosting environment holds a valid MLPS level-3 filing.

4.3 The Provider will comply with the Personal Information Protection Law of the PRC when processing employee personal information and will assist the Customer in responding to requests from individuals.

4.4 The Provider will notify the Customer without undue delay, and in any event within 48 hours, after becoming aware of a security incident affecting Customer Data, will take prompt steps to contain it, and will be responsible for the Customer's losses arising from any security incident caused by the Provider's breach of this Section.

4.5 Within thirty days after the end of the Subscription Term the Provider will make Customer Data available for export and then delete it, and certify the deletion on request.

## 5. Intellectual Property

5.1 The Provider owns the Service and all improvements to it.

5.2 Customer Materials belong to the Customer. The Customer may use, modify and license them freely, including to another service provider.

## 6. Confidentiality

6.1 Each party will protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Order Form, and not disclose it except to its employees and advisers who need to know it and are bound by similar duties. These duties continue for three years after the Subscription Term ends.

## 7. Subcontracting

7.1 The Provider uses Chengdu Tianfu Cloud Data Services Co., Ltd. for hosting, approved by the Customer by signing the Order Form. The Provider may not engage any other subcontractor to perform the Service without the Customer's prior written consent, and remains responsible for its subcontractors.

## 8. Warranties and Remedies

8.1 The Provider warrants that the Service will perform materially as described in the documentation. If it does not, the Provider will use reasonable efforts to correct the non-conformity.

8.2 If the Provider does not complete onboarding by the date in the Order Form, the parties will agree a revised plan in good faith.

## 9. Liability

9.1 Each party's total liability arising out of or relating to the Order Form is limited to 150% of the total fees for the Subscription Term stated in the Order Form.

9.2 Neither party is liable for indirect or consequential loss or loss of profits, except for breach of Section 4 or Section 6.

## 10. Term, Renewal and Termination

10.1 The Order Form runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice. On termination for the Provider's breach the Provider will refund any fees paid for periods after the termination date.

10.3 Sections 4.5, 5, 6 and 9 survive termination.

## 11. Governing Law and Disputes

11.1 These General Terms and each Order Form are governed by the laws of the People's Republic of China.

11.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

## 12. Force Majeure

12.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemic measures or the failure of public telecommunication networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse the Customer's payment obligations for services actually received.

## 13. General

13.1 Neither party may assign the Order Form without the other party's written consent, except to a successor of its entire business.

13.2 The Order Form and these General Terms are the entire agreement of the parties on their subject. Purchase order terms of the Customer do not apply.

13.3 Notices must be in writing and sent to the addresses in the Order Form.
"""

H525E03 = """T:PURCHASE CONTRACT FOR COLD-STORE TEMPERATURE MONITORING SYSTEM
P:Contract No. JL-CG-2026-112
P:Buyer: Wuhan Jiangling Cold Chain Logistics Co., Ltd., 6 Gangcheng Road, Dongxihu District, Wuhan, Hubei, China.
P:Supplier: Peachtree Sensing Systems, LLC, 5600 Oakbrook Parkway, Norcross, Georgia 30093, USA.
P:The Buyer operates a cold-store park in Wuhan with 18 frozen and chilled rooms and a cross-dock hall. After a competitive tender (Tender No. JL-ZB-2026-07), the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. The parties agree as follows, on the Buyer's standard terms. All prices are in CNY.
H:Section 1 Scope
P:1.1 The Supplier shall supply the sensors, gateways, servers and monitoring software listed in Section 2, install them in the rooms and hall, configure alarms and reports, integrate the system with the Buyer's warehouse management system (WMS), calibrate every sensor and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity every minute, raise alarms by SMS, phone call and the WMS dashboard, and keep records for GSP-compliant storage of pharmaceuticals and food.
P:1.3 The Supplier shall deliver the equipment to the Buyer's site, DDP Wuhan, including import clearance and duties.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,590,000, fixed and inclusive of VAT, as set out in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 to +60 °C|640|1,150|736,000
TB:2|LoRaWAN gateway with 4G backup|24|9,800|235,200
TB:3|Door-open sensor|180|620|111,600
TB:4|Monitoring server (on-premises, redundant pair)|2|58,400|116,800
TB:5|ColdWatch monitoring software, perpetual site licence|1|186,400|186,400
TB:|Hardware and Licence Subtotal|||1,386,000
TB:6|Installation, commissioning and WMS integration|1|142,000|142,000
TB:7|Calibration with CNAS-accredited certificates|1|48,000|48,000
TB:8|Training|1|14,000|14,000
TB:|Contract Price|||1,590,000
P:2.2 The Contract Price includes transport, insurance, import duties, installation materials, software licences and all services during the Warranty Period.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 60% of the Contract Price (CNY 954,000) within twenty working days after all equipment is delivered and installed and the Buyer has signed the installation record. Signature of the installation record is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 556,500) within twenty working days after Final Acceptance.
P:3.4 The remaining 5% (CNY 79,500) is retained as a warranty deposit and paid without interest within twenty working days after the Warranty Period ends, if no warranty claim is open.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within 45 days after delivery. Work in each cold room shall be scheduled with the Buyer so that goods remain within temperature.
P:4.2 If the Supplier is late in delivery or in requesting Final Acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier's personnel on site shall follow the Buyer's safety rules for low-temperature areas, forklift traffic and electrical work.
P:4.4 Before installation the Supplier shall survey every room, submit a layout drawing showing the position of each sensor and gateway, and obtain the Buyer's approval of it. Sensor positions shall follow the temperature-mapping results of the Buyer's latest validation study.
P:4.5 The Supplier shall remove packaging and waste from the site every day and shall repair any damage to insulation panels, doors or cabling caused by its work at its own cost.
P:4.6 The Buyer shall provide power outlets, network points, access to the rooms at agreed times and a storage area for equipment, and shall name a site coordinator.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reads within ±0.3 °C of the reference thermometer at three test points; (b) alarms reach the duty phone and the WMS within 60 seconds of a threshold being crossed in a test; (c) no data gaps longer than five minutes occur in a 30-day trial run; (d) temperature records transfer to the WMS completely each day; and (e) calibration certificates are delivered for every sensor.
P:5.2 The Buyer shall carry out the acceptance tests within ten working days after the Supplier's written request and issue an acceptance certificate or a list of defects. Installation, use or payment does not mean acceptance.
H:Section 6 Warranty and Support
P:6.1 The Warranty Period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace defective equipment, supply software updates and provide the support in Section 7 free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 97,020 per support year, fixed for three support years.
P:6.3 The Supplier shall keep spare sensors and gateways in Wuhan sufficient to replace failed units within one working day.
P:6.4 The Supplier warrants that all equipment is new and unused, of the models listed in the tender, suitable for continuous operation at -30 °C, and free from defects in design, materials and workmanship. Sensors shall keep the accuracy stated in Section 5.1 for the whole Warranty Period, and the Supplier shall recalibrate any sensor that drifts beyond it free of charge.
P:6.5 Batteries in wireless sensors shall last at least three years at one reading per minute; batteries that fail earlier shall be replaced free of charge, also after the Warranty Period ends.
H:Section 7 Service Levels
P:7.1 Priority 1 (the monitoring platform is down, or a gateway failure leaves a cold room unmonitored): response within 30 minutes, engineer on site within eight hours, restoration within twelve hours.
P:7.2 Priority 2 (single sensor failure or report error): response within two hours, repair within two working days.
P:7.3 For each hour by which the Supplier misses a Priority 1 response or on-site time, the Supplier shall pay CNY 800, deducted from the warranty deposit or any payment due.
H:Section 8 Data
P:8.1 All temperature, humidity, alarm and door-event records and all data in the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Supplier may access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data outside the Buyer's network. Gateways send data only to the Buyer's on-premises servers.
P:8.3 The Supplier shall report any security incident affecting the system within two hours, take remedial action, and be liable for the Buyer's losses caused by its breach of this Section.
P:8.4 The Supplier shall change all default passwords before handover, disable unused services on servers and gateways, and deliver a list of all accounts created during the work.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer lists, storage volumes and network settings, and shall not disclose it to third parties without written consent. This obligation continues for three years after this Contract ends.
H:Section 10 Intellectual Property
P:10.1 Dashboards, alarm rules, report templates and the WMS interface developed for the Buyer belong to the Buyer, which may use and modify them freely. The ColdWatch software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:10.2 The Supplier shall defend the Buyer against any claim that the equipment or software infringes the rights of a third party and shall pay the costs and damages awarded.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The calibration laboratory named in the Supplier's tender is approved.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure lasts more than ninety days, either party may terminate this Contract by written notice.
H:Section 16 General
P:16.1 The tender documents and the Supplier's bid form part of this Contract. This Contract is made in two originals in English and Chinese; both texts are equally authentic.
P:16.2 Neither party may assign this Contract without the other party's written consent. Amendments must be made in writing and signed by both parties. Annex 1: Equipment list and room allocation. Annex 2: Acceptance test plan. Annex 3: Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H525E04 = """# MANAGED IT SERVICE AGREEMENT

Agreement No. PM-FS-2026-019

**Customer:** Foshan Mulin Home Furnishings Co., Ltd., 3 Longzhou Road, Shunde District, Foshan, Guangdong, China ("Customer").

**Provider:** Piedmont Managed IT Services, Inc., 4101 Lake Boone Trail, Raleigh, North Carolina 27607, USA ("Provider").

The Customer manufactures upholstered and panel furniture in two plants and runs 14 showrooms in South China. It wishes to outsource its IT service desk, end-user device support and server monitoring to the Provider. The parties agree as follows. Prices are stated in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition criteria in Section 4 are met.

1.3 "Incident" means an unplanned interruption or reduction in quality of an IT service used by the Customer.

1.4 "Term" means thirty-six months from the Service Commencement Date.

## 2. SERVICES

2.1 The Provider shall provide the Services from the Service Commencement Date throughout the Term, for about 1,150 users, 980 desktops and laptops, 60 servers and the network of the two plants and the showrooms.

2.2 Service desk agents shall work in Mandarin and Cantonese. Two on-site engineers shall be stationed at the Shunde plant during working hours.

2.3 The Provider shall follow the Customer's change-management procedure and shall not make changes to production systems without an approved change ticket.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 1,800,000.

3.2 The Monthly Recurring Charge is invoiced monthly in arrears and paid within thirty days after receipt of a valid invoice. The transition fee is invoiced after the Service Commencement Date.

3.3 Charges are fixed for the Term. Additional users above 1,250 are charged at the rate in Schedule 2; fewer users do not reduce the charge.

## 4. TRANSITION AND SERVICE ACCEPTANCE

4.1 The Provider shall complete transition by 31 August 2026. Transition includes taking over ticket history and the asset register, setting up monitoring for all servers and network devices, documenting the top 50 support procedures, and a two-week shadow period with the Customer's current IT team.

4.2 The Customer shall confirm Service Commencement in writing when: (a) all servers and network devices report to the monitoring system; (b) the asset register is reconciled with a physical count at both plants; (c) the support procedures are approved by the Customer's IT manager; and (d) during the shadow period the service desk answers at least 90% of calls within 30 seconds and meets the Schedule 1 response times.

4.3 If the Provider does not achieve Service Commencement by the date in Section 4.1 for reasons within its control, it shall pay the Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 1 each month and shall send a monthly service report by the fifth working day of the next month.

5.2 If a service level is missed, the Provider shall give the service credits in Schedule 1, deducted from the next invoice. Service credits in any month may not exceed 20% of the Monthly Recurring Charge.

5.3 If the Priority 1 service level is missed in three months in any six-month period, the Customer may treat it as a material breach.

## 6. PERSONNEL

6.1 The Provider shall assign a service delivery manager as the single point of contact and shall not replace the on-site engineers without giving the Customer thirty days' notice, except for illness or resignation.

6.2 The Provider's personnel shall follow the Customer's site rules and the Customer's acceptable-use policy for IT systems.

6.3 The Provider shall hold quarterly service reviews with the Customer's IT manager to discuss service reports, recurring incidents, improvement actions and planned changes, and shall keep minutes of each review.

6.4 The Customer shall give the Provider's personnel access to its premises, systems and documentation as reasonably needed, provide a desk and network access for the on-site engineers, and tell the Provider in advance of planned business changes such as new showrooms or production lines.

## 7. CUSTOMER INFORMATION

7.1 All information, documents and data of the Customer, including data on the Customer's systems, remain the property of the Customer. The Provider shall use them only to perform the Services and shall return them at the end of the Term.

7.2 At the end of the Term, or earlier at the Customer's request, the Provider shall hand back all documents and passwords of the Customer and confirm in writing that it has done so.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public business and technical information of the other party obtained under this Agreement, shall use it only for this Agreement, and shall not disclose it to any third party without the other party's written consent, except to its employees who need to know it.

8.2 This Section continues to apply for three years after the end of the Term.

## 9. INTELLECTUAL PROPERTY

9.1 Procedures, scripts, knowledge articles and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to a successor provider. The Provider's own tools remain its property.

## 10. LIABILITY

10.1 The Provider's total liability arising out of or in connection with this Agreement in any claim or series of claims is limited to the charges paid or payable by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect loss, loss of profit or loss of business opportunity.

## 11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of its subcontractors.

## 12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by a written amendment signed by both parties; there is no automatic renewal.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.

12.3 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to sixty days at the rates in Schedule 2, and shall hand over all documentation, passwords and the asset register.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. FORCE MAJEURE

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance.

## 15. GENERAL

15.1 Schedules 1 and 2 form part of this Agreement. In case of conflict, the clauses prevail over the schedules.

15.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

Signed for the Customer: ______________________

Signed for the Provider: ______________________

---

## SCHEDULE 1 — SERVICES, SERVICE LEVELS AND SERVICE CREDITS

| Service | Description |
|---|---|
| Service desk | Telephone, WeChat and portal, 7:30 to 21:00 every day; after-hours hotline for Priority 1 |
| End-user support | Desktop, laptop, printer and mobile device support at the plants; remote support for showrooms |
| Server and network monitoring | Round-the-clock monitoring of 60 servers, firewalls, switches and wireless controllers |
| Patch and backup management | Monthly patching, daily backup checks, quarterly restore tests |
| Asset management | Register of all devices, updated with every move, add or change |

| Priority | Definition | Response time | Resolution target | Service credit per miss |
|---|---|---|---|---|
| Priority 1 | ERP, MES or the network at a plant is down, or production lines are stopped | 15 minutes | 6 hours | CNY 3,000 |
| Priority 2 | A system is degraded or a department cannot work | 1 hour | 1 working day | CNY 800 |
| Priority 3 | A single user is affected | 2 working hours | 3 working days | CNY 100 |

Service desk: at least 90% of calls answered within 30 seconds each month; credit CNY 2,000 for each month below the level.

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after the Service Commencement Date | 54,000 |
| Monthly Recurring Charge | 36 months × CNY 48,500 | 1,746,000 |
| **Total charges for the Term** | | **1,800,000** |
| Additional users above 1,250 | Per user per month | 38 |
| Exit support | Per engineer day | 2,400 |
"""

H525E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PR-CN-2026-008

Between
Dalian Haiwan Grain and Feed Trading Co., Ltd., 29 Renmin Road, Zhongshan District, Dalian, Liaoning, China (the "Customer"), and
Prairie Rivers Ag Data, Inc., 401 East 8th Street, Suite 300, Sioux Falls, South Dakota 57103, USA (the "Provider").

Recitals
A. The Customer buys soybeans, corn and sorghum from the Americas and sells feed ingredients to feed mills in north-east China. Its trading desk needs daily crop condition, weather and yield estimates for the main US growing areas.
B. The Provider operates the Prairie Rivers API, which supplies field-level weather observations, forecasts, crop progress indicators and county yield models.
C. The Customer wishes to subscribe to the API and to receive help in connecting it to its own analysis tools. At the Customer's request the fees are stated and paid in CNY.

1. Definitions
1.1 "API" means the Prairie Rivers application programming interface and the data packages listed in clause 3.
1.2 "Provider Data" means the data, forecasts and model outputs delivered through the API.
1.3 "Customer Data" means the API keys, field lists, query logs, watch lists and any files uploaded by the Customer.
1.4 "Subscription Year" means each period from 1 August to 31 July of the following calendar year. The first Subscription Year runs from 1 August 2026 to 31 July 2027.
1.5 "Initial Term" means two Subscription Years from 1 August 2026 to 31 July 2028.

2. Subscription
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the term to access the API and to use Provider Data for its internal trading, risk and purchasing decisions, with up to 25 named users and 3,000,000 API calls per month.
2.2 The Customer may keep Provider Data downloaded during the term and use it internally after the term ends. The Customer may not resell Provider Data or publish it in bulk.
2.3 The Customer may share charts and summaries derived from Provider Data with its own customers in the ordinary course of business.

3. Fees
3.1 Fees for the Initial Term are:
    Item                                                     Per Subscription Year   Initial Term
    Platform access (25 named users, 3,000,000 calls/month)  CNY 132,000             CNY 264,000
    Weather package (observations and 15-day forecasts)      CNY 78,000              CNY 156,000
    Crop progress and county yield model package             CNY 66,000              CNY 132,000
    Integration support (one-time)                                                   CNY 18,000
    Total                                                                            CNY 570,000
3.2 Subscription fees of CNY 276,000 per Subscription Year are invoiced quarterly at the start of each quarter (CNY 69,000) and paid within thirty days after invoice.
3.2.1 The Provider's invoices shall show the Agreement number, the period covered and the amount in CNY. The Customer may withhold any disputed part of an invoice in good faith while paying the undisputed part.
3.3 The integration support fee is invoiced after Integration Acceptance under clause 5.
3.4 API calls above the monthly allowance are charged at CNY 2 per 10,000 calls, invoiced monthly in arrears. Overage charges are not part of the total in clause 3.1.

4. Onboarding and Historical Data
4.1 Within five working days after signature the Provider shall issue API keys and a test environment.
4.2 The Provider shall deliver a backfill of daily historical data for the Customer's 340 watch-list counties, covering the last ten crop seasons, by 15 August 2026.
4.3 If the backfill is late for reasons within the Provider's control, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the next invoice.

5. Integration Support and Acceptance
5.1 The Provider shall help the Customer's analysts connect the API to the Customer's Python analysis environment and its trading dashboard, including sample code, a field-mapping table and two training sessions.
5.2 Integration Acceptance requires that: (a) all three data packages can be queried from the Customer's environment; (b) the historical backfill is complete for all watch-list counties with no gaps longer than three days; (c) the dashboard updates automatically each morning before 8:00 Beijing time for ten consecutive working days; and (d) the field-mapping table is delivered.
5.3 The Customer shall confirm Integration Acceptance in writing within ten working days after the Provider's request, or list the failed criteria. Use of the API before that confirmation is not acceptance.

5.4 The Provider shall keep the API documentation, release notes and a change log up to date, and shall announce any change that removes a field or endpoint at least ninety days before it takes effect, so that the Customer can adapt its tools.

6. Service Levels
6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 US Central Time.
6.2 Daily data packages shall be published by 06:00 Beijing time. Delays of more than three hours count as unavailability for the delayed package.
6.3 Severity 1 incidents (the API is unavailable, or returns wrong or missing data for a whole package): response within one hour by the Provider's on-call engineer, and updates to the Customer every two hours until resolved. Severity 2: response within eight business hours.
6.4 If availability falls below the level in clause 6.1, the Provider shall credit the Customer 5% of the monthly subscription fee for each 0.1 percentage point (or part of it) below the level, up to half of the monthly fee. A missed Severity 1 response time earns a credit of CNY 600. Credits are deducted from the next invoice.

7. Customer Data and Security
7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API to the Customer and shall not analyse or disclose the Customer's query patterns, watch lists or positions for any other purpose.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging, and shall delete Customer Data within thirty days after the term ends.
7.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take remedial steps and shall be responsible for the Customer's losses caused by its failure to meet this clause.

7.4 The Provider shall give the Customer, on request, a summary of its latest independent security assessment and shall answer the Customer's reasonable security questionnaires once per Subscription Year.

8. Intellectual Property
8.1 The Provider owns the API and Provider Data.
8.2 The sample code, field-mapping table and dashboard connectors prepared for the Customer under clause 5 belong to the Customer, which may use, modify and license them freely. Analyses and reports produced by the Customer belong to the Customer.

9. Term and Renewal
9.1 This Agreement starts on signature and continues for the Initial Term.
9.2 After the Initial Term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.
9.3 For each renewal Subscription Year the Provider may increase the subscription fees by up to 9% over the fees of the preceding Subscription Year by giving notice at least ninety days before the renewal date.

10. Subcontracting
10.1 The Provider shall not subcontract the provision of the API or integration support without the Customer's prior written consent. The Provider's cloud hosting provider named in its security documentation is approved.

11. Termination
11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.
11.2 Either party may also terminate by written notice if the other party becomes insolvent or ceases to carry on business.
11.3 If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

12. Liability
12.1 Each party's total liability under this Agreement is limited to two times the total fees in clause 3.1, except for the Customer's payment obligations and for breach of clause 7.
12.2 Provider Data is supplied for information. The Customer is responsible for its own trading decisions, and the Provider is not liable for trading losses arising from reliance on forecasts.

13. Governing Law and Disputes
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes that the parties cannot settle within thirty days shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. Force Majeure
14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, government action and failures of public networks, if it notifies the other party promptly and takes reasonable steps to resume performance. Force majeure does not extend the time for paying fees for services received.

15. General
15.1 Notices shall be in writing to the addresses above. This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

Signed for the Customer: ________________ Date: ________
Signed for the Provider: ________________ Date: ________
"""


FILES = {
 "z01": ("h525z01_audit_bureau_big_data_audit_platform.pdf", "zh", "pdf", H525Z01),
 "z02": ("h525z02_cannery_retort_control_retrofit.docx", "zh", "docx", H525Z02),
 "z03": ("h525z03_kids_coding_school_chain_saas.txt", "zh", "txt", H525Z03),
 "z04": ("h525z04_airport_fids_annual_maintenance.txt", "zh", "txt", H525Z04),
 "z05": ("h525z05_river_snail_noodle_aps_supplier_template.md", "zh", "md", H525Z05),
 "e01": ("h525e01_texas_cmms_perpetual_licence.pdf", "en", "pdf", H525E01),
 "e02": ("h525e02_california_workforce_saas_order_form.md", "en", "md", H525E02),
 "e03": ("h525e03_georgia_cold_store_sensors.docx", "en", "docx", H525E03),
 "e04": ("h525e04_north_carolina_managed_it_service.md", "en", "md", H525E04),
 "e05": ("h525e05_south_dakota_crop_weather_data_api.txt", "en", "txt", H525E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(cat, vals, extra, tco=None):
    return {"category": cat, "terms": dict(zip(T, vals)), "extra": extra, "tco": tco}


G, S = "goods_or_licence", "service"
LABELS = {
 # avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwfee, autoinc, term, subc, law, kind
 "z01": lab("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 2100000},
            {"base": 1180000, "impl": 0}),
 "z02": lab("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 9, False, False, True, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 990000},
            {"base": 843000, "impl": 0}),
 "z03": lab("cloud", [99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 500000}),
 "z04": lab("services", [99.8, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1176000}),
 "z05": lab("software", [None, 8, False, "supplier", True, True, True, 0.02, 50, 50, False, False, 6, 22, False, True, None, None, G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": True, "contract_value": 1500000},
            {"base": 1260000, "impl": 0}),
 "e01": lab("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "Texas", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1220000},
            {"base": 840000, "impl": 0}),
 "e02": lab("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
            {"sla_clause": False, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 740000}),
 "e03": lab("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True, False, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1590000},
            {"base": 1386000, "impl": 0}),
 "e04": lab("services", [None, 0.25, True, "buyer", False, True, True, 1200 / 1800000 * 100, 6 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1800000}),
 "e05": lab("cloud", [99.95, 1, True, "buyer", True, True, False, 500 / 570000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 570000}),
}

DESIGN = {
 "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
 "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
 "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
 "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
 "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
         "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
FOREIGN_FORUM = {"e01"}  # only e01 has a forum outside mainland China (Austin, Texas)


def tco_share(L):
    t, x = L["terms"], L["extra"]
    months_after = max(0, 60 - t["warranty_months"])
    fees = months_after / 12 * t["post_warranty_fee_pct"] / 100 * L["tco"]["base"]
    return fees / (x["contract_value"] + L["tco"]["impl"] + fees) * 100


def my_rules(key, L):
    """My own reading of policy.md section 3, applied to my labels."""
    t, x, r = L["terms"], L["extra"], set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]: r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False: r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12: r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if L["tco"] and t["post_warranty_fee_pct"] is not None and tco_share(L) > 40: r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM: r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
    if set(rules) & high: return "high"
    return "medium" if [r for r in rules if r != "CR-GOVERNING-LAW"] else "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
THRESH = [
 ND + r"99\.90*(?!\d)\s*%?", ND + r"4\s*(?:个)?\s*(?:小时|h\b|hours?\b|-hour)", r"四\s*(?:个)?\s*小时", r"(?<![\w-])four[\s-]+hours?",
 ND + r"240\s*分钟", ND + r"0\.050*(?!\d)\s*%", r"万分之五(?!十)", ND + r"100(?:\.0+)?\s*%", r"百分之百",
 ND + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", ND + r"12\s*(?:个)?\s*月", r"十二个月",
 r"(?i)twelve[\s-]+(?:calendar\s+)?months?", ND + r"12[\s-]+months?", r"(?<![\d十])一年", r"(?i)\bone[\s-]+year\b",
 ND + r"1[\s-]+year\b", ND + r"15(?:\.0+)?\s*%", r"百分之十五(?!\.)", ND + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])",
 r"四成", ND + r"5\s*年", r"五年", r"(?i)\bfive[\s-]+years?\b", ND + r"5[\s-]+years?\b", ND + r"60[\s-]+months?",
 r"(?i)sixty[\s-]+months?",
]
THRESH_RE = [re.compile(p) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%",
            "四成", "5年", "5 年", "五年", "five years", "60 months", "4 hours", "12 months", "1 year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.98%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "14 hours", "130%", "140%", "0.055%", "45%", "35%", "120 months", "2015年", "Subscription Year", "25年"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for rx in THRESH_RE:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in THRESH_RE), ("must hit", s)
        assert threshold_hits("文本" + s + "文本") or threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---- building and reading back --------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    name, lang, _, _ = FILES[key]
    L = LABELS[key]
    extra = dict(L["extra"])
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    extra = {k: extra[k] for k in order if k in extra}
    d = {"file": name, "language": lang, "category": L["category"], "expected_terms": L["terms"],
         "expected_extra": extra, "expected_rules": my_rules(key, L)}
    return json.dumps(d, ensure_ascii=False, indent=1)


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("pdf", "docx"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, lang, fmt, src) in FILES.items():
        L = LABELS[key]
        rules = my_rules(key, L)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        t = L["terms"]
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if L["tco"]:
            share = tco_share(L)
            assert abs(share - 40) > 2, (key, share)
            print("  TCO share %s %.2f %%" % (key, share))
        text = read_back(OUT / name)
        n = len(text.split()) if lang == "en" else len(text)
        nws = len(re.sub(r"\s", "", text))
        ok = (1450 <= n <= 1650) if lang == "en" else (2750 <= n <= 3000)
        print("  %s %s %s %d%s %s" % (key, name, lang, n, "" if lang == "en" else " (no-ws %d)" % nws, "OK" if ok else "OUT OF RANGE"))
        if not ok: bad.append(key)
        for src_or_built in (src, text):
            h = threshold_hits(src_or_built)
            assert not h, (key, h[:5])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(key), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    assert bad == [], bad
    print("all checks passed")


if __name__ == "__main__":
    main()
