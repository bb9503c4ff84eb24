"""holdout457: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Sources are kept below. .docx/.pdf are built
with ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are written as they are. Labels are written from LABELS
(one-space indent, no trailing newline). Checks: price sums, text lengths read back from the built files, a
threshold-figure scan of every built file and source, expected rules derived from the labels by my own reading of
policy.md section 3, and full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# ---------------------------------------------------------------------------------------------------------------
# z01  应急管理局 危化品安全监管平台 (licence + custom development), 政府采购, buyer's paper, .pdf, 第X条
# ---------------------------------------------------------------------------------------------------------------
H457Z01 = """T:危险化学品安全风险监测预警平台建设项目政府采购合同
P:合同编号：JBYJ-ZFCG-2026-017
P:采购人（甲方）：江北市应急管理局
P:地址：江北市滨江大道88号
P:供应商（乙方）：安衡智联信息技术有限公司
P:地址：江北市高新区科创路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号JBZC-2026-0348）、乙方投标文件和中标通知书，甲乙双方就危险化学品安全风险监测预警平台（以下简称“平台”）的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可，并按甲方需求完成定制开发、数据对接与迁移、部署实施和培训，使平台在甲方使用的政务云上稳定运行。
P:1.2 定制开发内容包括：企业安全风险分级管控模块、重大危险源在线监测数据接入（覆盖辖区内47家危险化学品生产、储存企业）、执法检查与隐患闭环管理模块、领导驾驶舱及移动端应用。详细需求以附件一《需求规格说明书》为准。
P:1.3 乙方应组建不少于8人的项目组，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,350,000元（大写：贰佰叁拾伍万元整），含税，为固定总价，包括软件许可、开发、实施、培训、税费及乙方完成本合同所需的全部费用。分项如下：
P:（1）平台软件许可（永久许可，不限用户数）：1,180,000元；
P:（2）定制开发：860,000元；
P:（3）数据对接与迁移：214,000元；
P:（4）部署实施与培训：96,000元。
P:2.2 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即470,000元。
P:3.2 平台通过初步验收后20个工作日内，甲方支付合同总价的45%，即1,057,500元。
P:3.3 平台通过最终验收后20个工作日内，甲方支付合同总价的35%，即822,500元。
P:3.4 甲方的付款按财政国库集中支付程序办理，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成开发部署并提交初步验收申请；初步验收合格后平台试运行60日，试运行结束后乙方提交最终验收申请。
P:4.2 乙方应按附件二《项目实施计划》提交需求确认书、设计文档、测试报告和用户手册。
H:第五条 验收
P:5.1 初步验收标准：（1）功能符合《需求规格说明书》全部条目；（2）47家企业监测数据全部接入，数据刷新间隔不超过60秒，预警推送延迟不超过10秒；（3）300个并发用户下页面平均响应时间不超过2秒；（4）历史数据迁移记录与源系统逐条核对一致。
P:5.2 最终验收标准：试运行期间未发生一级故障，平台通过第三方网络安全等级保护三级测评和商用密码应用安全性评估，用户手册、源代码及运维文档齐全。
P:5.3 验收由甲方组织，可邀请行业专家参加，验收结果以双方签署的书面验收报告为准。平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过94,400元，且质保期满后两个维护年度内不上调。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，经甲方同意的计划停机时间不计入不可用时间。
P:7.2 故障分级响应：一级故障（平台整体不可用或监测预警中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一工作日内处理。
P:7.3 乙方未达到上述要求的，一级故障每迟延一小时扣减1,000元，月可用率每低于约定值0.01个百分点扣减2,000元，从应付款项或维护费中扣除。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的全部数据（含企业监测数据、执法记录、日志）属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《网络安全法》及《个人信息保护法》，落实访问控制、加密存储和日志审计；运维人员经甲方审批后通过堡垒机操作，不得将数据复制或带离政务云。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、企业信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发形成的软件、源代码、文档及其他成果的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和二次开发。
P:10.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 交付成果未通过验收的，乙方应在20日内整改；再次验收仍不合格的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:13.3 合同解除后，乙方应在10日内向甲方移交已完成的开发成果、源代码、文档及全部数据，并配合甲方完成系统平稳过渡。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。附件一《需求规格说明书》、附件二《项目实施计划》与本合同具有同等效力。
P:甲方（盖章）：江北市应急管理局    乙方（盖章）：安衡智联信息技术有限公司
P:授权代表：        授权代表：
P:日期：2026年3月    日期：2026年3月
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  纺织厂 细纱机 控制系统改造 + 维保 (hardware + software), .docx with a Word price table, 一、（一）
# ---------------------------------------------------------------------------------------------------------------
H457Z02 = """T:细纱机电控系统改造及维保合同
P:合同编号：HY-SB-2026-0412
P:甲方：安徽华悦棉纺织有限公司
P:乙方：常州纺控自动化科技有限公司
P:甲方为提升细纱车间自动化水平，决定对48台环锭细纱机的电气控制系统进行改造。乙方具备相应资质和经验，双方经平等协商，订立本合同，共同遵守。
H:一、改造内容
P:（一）乙方负责对甲方二车间48台环锭细纱机实施电控系统改造，包括PLC控制柜更换、电子牵伸伺服系统加装、触摸屏人机界面、车间工业环网建设及车间集控软件部署。
P:（二）乙方负责设备供货、运输、安装、调试、工艺参数适配及操作、维修人员培训。改造分四批进行，每批12台，每批停机时间不超过7日，以减少对生产的影响。
H:二、合同价款
P:（一）合同总价为人民币2,620,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造套件|48套|23,500|1,128,000
TB:2|电子牵伸伺服驱动及电机|48套|14,200|681,600
TB:3|触摸屏人机界面|48台|3,100|148,800
TB:4|工业交换机及光纤环网|1批|126,400|126,400
TB:5|车间集控软件许可（永久）|1套|218,000|218,000
TB:|软硬件小计|||2,302,800
TB:6|安装调试（分批停机改造）|1项|264,000|264,000
TB:7|工艺参数适配及培训|1项|53,200|53,200
TB:|合计|||2,620,000
P:（二）上述价格为固定价格，已包含运输、保险、安装辅材、税费及技术服务等全部费用。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的10%作为预付款，即262,000元。
P:（二）全部设备到货并完成安装后，甲方支付合同总价的50%，即1,310,000元。到货签收及安装完成不视为验收合格。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，即917,000元。
P:（四）剩余5%即131,000元作为质量保证金，质保期满且无质量争议后一次性无息支付。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内完成全部设备到货，在首批改造开始后80日内完成四批改造。
P:（二）乙方施工人员应遵守甲方车间安全及防火管理制度，因乙方原因造成的人身伤害或财产损失由乙方承担。
H:五、验收
P:（一）单批验收：每批设备改造完成后连续运行72小时，锭速偏差不超过设定值的1%，电子牵伸误差不超过0.5%，断头自停及故障报警功能正常。
P:（二）最终验收：四批全部完成后连续生产30日，车间集控软件对产量、锭速、能耗数据的采集准确率不低于99%，千锭时断头率较改造前下降不少于10%，且无一级故障。
P:（三）验收由甲方设备部组织，以双方签署的书面验收报告为准。设备投入生产使用不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每年207,252元，该价格三个维保年度内固定不变。
P:（三）故障响应：一级故障（整车停机两台及以上或集控系统中断）乙方应在1小时内响应，8小时内到场；二级故障8小时内响应，48小时内修复。乙方每迟延一小时，向甲方支付500元。
H:七、数据安全
P:（一）设备及集控软件采集的工艺参数、产量和能耗数据属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的远程通道接入，不得复制、导出甲方数据。
P:（三）发生数据泄露或系统被非法入侵的，乙方应在24小时内通知甲方并配合处置；因乙方原因导致的，由乙方承担赔偿责任。
H:八、保密
P:（一）双方对在履行本合同中获知的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、工艺适配程序及其源代码、配置文件的知识产权归甲方所有，甲方可自行修改和使用。集控软件产品本身的知识产权属乙方，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:（一）乙方不得转包本合同；确需将线缆敷设等辅助工作分包的，须事先取得甲方书面同意。
H:十二、合同的解除
P:（一）本合同生效后，任何一方均不得单方解除合同。
P:（二）一方违约的，守约方可要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十二之一、不可抗力
P:（一）因地震、洪水、疫情等不可抗力导致一方不能履行合同的，该方应在事件发生后3日内通知对方，并在15日内提供证明文件。受影响一方在不可抗力影响范围内免除责任，但应尽力减少损失。
P:（二）不可抗力持续超过60日的，双方应协商是否继续履行合同。
H:十二之二、培训与技术资料
P:（一）乙方应在首批设备改造完成前，为甲方挡车工、保全工和电工分别组织现场培训，培训总人数不少于60人次，培训内容包括设备操作、日常保养、参数调整和常见故障排除。
P:（二）乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、集控软件安装包、操作手册和备品备件清单，资料应为中文版本，纸质版两套，电子版一套。
P:（三）乙方应推荐易损件的合理备件数量并提供单价清单，质保期内备件单价不得上调。
H:十二之三、安全生产
P:（一）乙方进入甲方车间施工前，应对施工人员进行安全教育并报甲方备案，动火、登高及带电作业须办理甲方作业许可。
P:（二）改造施工期间乙方应做好防尘、防火措施，每日收工前清理现场，不得影响相邻机台的正常生产。
P:（三）乙方施工人员违反甲方安全管理制度的，甲方有权责令停工整改，由此造成的工期延误由乙方负责。
H:十二之四、通知
P:（一）双方往来通知应以书面形式送达本合同首部所列地址或双方项目负责人，紧急情况下可先以电话或微信告知，再补发书面通知。
P:（二）一方变更联系人或地址的，应在变更后3日内书面通知对方，否则向原地址发出的通知视为已送达。
P:（三）甲方项目负责人为设备部经理，乙方项目负责人为项目经理，双方负责人负责协调改造进度、验收安排及日常沟通。
P:（四）乙方应按周向甲方提交改造进度报告，列明已完成机台、存在问题及下周计划，重大问题应随时报告。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：安徽华悦棉纺织有限公司        乙方（盖章）：常州纺控自动化科技有限公司
P:代表签字：        代表签字：
P:日期：2026年4月    日期：2026年4月
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  干洗店连锁 (58 stores) 收衣及会员 SaaS + 实施, .txt, 1. 1.1
# ---------------------------------------------------------------------------------------------------------------
H457Z03 = """洁衣坊门店收衣及会员管理系统SaaS服务合同

合同编号：JYF-IT-2026-006
甲方（客户）：杭州洁衣坊洗涤服务连锁有限公司
乙方（服务商）：云衣管家（杭州）网络科技有限公司

鉴于甲方在杭州、绍兴、嘉兴共经营58家干洗门店，拟采用乙方提供的门店收衣及会员管理SaaS服务替换现有单机收银系统，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供门店收衣及会员管理SaaS服务，包括：门店收衣开单、衣物条码与挂衣定位、洗涤工厂交接、取衣提醒、会员储值与积分、总部管理端报表及会员小程序。
1.2 乙方负责实施服务：将原系统会员、储值余额及未取衣物数据迁移至新系统，完成58家门店的收衣终端配置和上线，并对店员及总部人员进行培训。
1.3 服务期为三个服务年度，自全部门店上线验收合格之日起算。

2. 服务费用
2.1 订阅费按服务年度计算，每个服务年度订阅费为338,400元，其中：门店端订阅费58家×4,800元=278,400元；总部管理端36,000元；会员小程序24,000元。
2.2 实施费为一次性费用86,800元。
2.3 三个服务年度订阅费合计1,015,200元，加实施费，本合同总价为1,102,000元（含6%增值税）。
2.4 门店数量增加的，新增门店按每店每个服务年度4,800元按月折算计费。

3. 付款方式
3.1 订阅费按季度结算，每季度结束后10个工作日内，乙方提交服务报告和发票，甲方确认后15个工作日内支付当季订阅费84,600元。
3.2 实施费在上线验收合格后15个工作日内一次性支付。
3.3 甲方无需预付任何款项。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成数据迁移、终端配置和全部门店上线。先选择5家门店试点运行10日，试点无重大问题后再全面推广。
4.2 上线验收标准：（1）58家门店均能正常开单、打印收衣小票和衣物条码；（2）迁移的会员、储值余额及未取衣物记录与原系统逐条核对一致；（3）开单、查询操作响应时间不超过2秒；（4）会员小程序可正常充值、查单和接收取衣提醒。
4.3 验收由甲方运营部组织，以书面验收单为准。门店开始使用系统不视为验收合格。

5. 服务水平
5.1 乙方保证SaaS服务月可用率不低于99.5%，每月计划维护不超过两次，须提前3日通知甲方并安排在夜间22:00至次日6:00之间。
5.2 故障响应：一级故障（多家门店无法开单或会员储值无法使用）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决；一般问题在下一工作日内答复。
5.3 月可用率低于约定值的，按当月订阅费的5%扣减；低于99%的，按当月订阅费的10%扣减。一级故障超过恢复时限的，每超过一小时扣减500元。

6. 数据安全
6.1 乙方应采取加密传输、加密存储、分级访问控制和操作日志审计等措施保护甲方数据，系统部署于境内云平台，并通过网络安全等级保护二级测评。
6.2 乙方发现数据泄露、丢失或被非法访问的，应在24小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担赔偿责任，并承担由此产生的监管处罚和会员索赔。

7. 数据权属与使用
7.1 甲方录入和系统产生的订单、会员及储值数据归甲方所有。
7.2 甲方同意，乙方可将甲方的订单和会员消费数据进行脱敏、汇总处理后，用于乙方的行业分析报告编制及产品改进，该等使用在本合同终止后仍可继续。
7.3 合同终止时，乙方应在30日内将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除系统中的甲方数据。

8. 保密
8.1 双方对因履行本合同获知的对方商业秘密、经营数据和其他未公开信息承担保密义务，不得向第三方披露，合同终止后三年内仍然有效。

9. 知识产权
9.1 SaaS平台及其软件的知识产权属乙方所有。
9.2 乙方为甲方定制的收衣小票模板、会员等级规则配置、总部专用报表及小程序页面设计归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

10. 违约责任
10.1 乙方未按第4.1款期限完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

11. 续期
11.1 服务期届满前30日内双方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
11.2 每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前书面通知甲方新的价格。

12. 分包
12.1 乙方不得将本合同项下服务转包；确需将门店终端安装工作分包的，应事先取得甲方书面同意。

13. 合同解除
13.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
13.2 连续两个月月可用率低于98%的，甲方有权解除合同且不承担违约责任。

13.3 合同终止的，乙方应配合甲方完成数据导出和系统切换，切换期间不少于30日，乙方在此期间继续提供服务，费用按实际天数折算。

13A. 培训与支持
13A.1 乙方应在上线前为每家门店至少两名店员提供现场或远程培训，并为总部运营、财务人员提供报表及会员营销功能培训，提供中文操作手册和视频教程。
13A.2 服务期内乙方设立专属客户经理，每季度与甲方召开一次服务回顾会，提交可用率、故障、工单处理情况报告，并根据甲方业务需要提出优化建议。
13A.3 新开门店的开通及培训由乙方在接到甲方通知后5个工作日内完成，不另收实施费。

13A.4 乙方应为甲方总部管理员开通系统操作日志查询权限，甲方可随时查看门店账号的登录和操作记录。
13A.5 乙方的系统版本升级应安排在门店营业时间以外进行，并提前通知甲方升级内容。

13B. 不可抗力
13B.1 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云服务商的一般故障不属于不可抗力。

13C. 通知与联系人
13C.1 双方指定项目联系人负责本合同的日常联络。通知以书面或电子邮件形式送达对方联系人，电子邮件自发出之日起视为送达。
13C.2 任何一方变更联系人、地址或电子邮箱的，应提前3日书面通知对方。
13C.3 甲方门店营业时间内的紧急问题，乙方应开通专线电话和企业微信群，确保门店店员可随时联系到乙方值班人员。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。发生争议的，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

15. 其他
15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州洁衣坊洗涤服务连锁有限公司
乙方（盖章）：云衣管家（杭州）网络科技有限公司
签署日期：2026年5月
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  妇联 妇女儿童维权服务平台 年度运维, 竞争性磋商, .txt, （1）
# ---------------------------------------------------------------------------------------------------------------
H457Z04 = """南湖市妇女儿童维权服务平台运维服务采购合同

采购项目编号：NHCG-2025-CS-219（竞争性磋商）
采购人（甲方）：南湖市妇女联合会
成交供应商（乙方）：南湖信诚数字技术服务有限公司

根据南湖市妇女儿童维权服务平台运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

（1）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满后本合同终止，不自动续期，后续服务由甲方依照政府采购程序另行采购。

（2）服务内容
① 驻场运维：乙方派驻2名运维工程师在甲方办公场所工作，工作日8:30至17:30在岗，负责平台日常巡检、账号管理、故障处理和用户咨询。
② 应用运维：对维权服务平台（含热线工单、来访登记、个案跟踪、法律援助转介、微信公众号入口）进行缺陷修复、功能小幅优化和数据库维护。
③ 安全运维：每月开展一次漏洞扫描和基线核查，每季度开展一次应急演练，配合完成网络安全等级保护测评整改。
④ 重要时段保障：在“三八”妇女节、“六一”儿童节及重大活动期间提供现场值守。

（3）合同价款
合同总价为人民币530,000元，包括：驻场运维服务268,000元；应用运维服务154,000元；安全巡检与应急保障72,000元；等保测评配合36,000元。上述价格为包干价，已含税费、人员、交通等全部费用。

（4）付款方式
服务费按季度支付。每季度结束后，甲方按第（7）项对乙方进行考核，考核合格后15个工作日内支付当季服务费132,500元。考核得分低于80分的，按第（7）项扣减。甲方不预付任何款项。

（5）服务水平
① 平台月可用率不低于99.95%。
② 一级故障（平台无法访问、热线工单无法流转或个案数据异常）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，24小时内解决；三级问题3个工作日内解决。
③ 乙方未按时响应或恢复的，每次扣减服务费1,000元；月可用率低于约定值的，每低0.01个百分点扣减服务费500元。

（6）服务进场与交接
乙方应在2026年1月1日前完成与原运维单位的交接，取得系统文档、账号清单和运维记录，并经甲方确认。乙方未按期进场或交接延误的，每逾期一日按合同总价的千分之一向甲方支付违约金。

（7）考核与验收
① 季度考核：甲方按运维服务考核表评分，考核内容包括故障响应及时率、问题解决率、巡检报告按时提交率、用户满意度和文档完整性。得分80分以上为合格，每低于80分1分扣减当季服务费的0.5%。
② 年度验收：服务期满后20日内，甲方依据全年考核结果、平台运行报告、安全整改完成情况和运维文档移交清单组织验收，以书面验收意见为准。

（8）数据安全
① 平台中的求助人信息、个案记录、热线录音及统计数据属于甲方所有，乙方仅可为履行本合同处理。
② 乙方运维人员须通过甲方堡垒机实名登录，按最小权限原则操作，操作全程留存日志；未经甲方批准不得查询、复制、导出个案数据，不得使用个人存储设备。
③ 乙方应落实数据备份和防病毒措施，每日完成数据库备份并每月进行恢复验证。
④ 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。

（9）知识产权
乙方在服务期内编写的运维文档、巡检报告、自动化脚本及优化代码归甲方所有，甲方可自由使用、修改。

（10）责任限额
乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

（11）人员管理
乙方驻场人员须遵守甲方工作纪律，乙方更换驻场人员应提前10日书面告知甲方并完成工作交接。驻场人员不能胜任工作的，甲方有权要求更换。

（12）转包与分包
乙方不得将本合同项下服务转包或分包给任何第三方。

（13）合同解除
乙方严重违约或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

（13-1）运维文档与报告
① 乙方应每月5日前提交上月运维月报，内容包括平台运行情况、故障处理记录、巡检结果、安全事件、资源使用情况和下月工作计划。
② 乙方应建立并维护平台资产台账、账号台账、配置变更记录和应急预案，每次变更须经甲方书面审批后实施，并在变更后更新相关文档。
③ 服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的后续运维单位移交全部文档、账号、脚本和运维记录，并提供不少于10个工作日的交接支持。

（13-2）应急保障
① 乙方应制定平台故障、网络攻击、数据异常及热线中断等情形的应急预案，报甲方备案。
② 发生突发事件时，乙方应立即启动应急预案，项目负责人须在1小时内到达现场或接入远程指挥，并每2小时向甲方报告处置进展，事件处置完成后3日内提交书面分析报告。
③ 乙方应在甲方指定的重大活动期间安排专人全天值守，值守人员名单须提前报甲方确认。

（13-3）廉洁约定
乙方不得向甲方工作人员提供礼品、礼金或其他不正当利益。违反本项约定的，甲方有权解除合同，并将相关情况报送政府采购监督管理部门。

（13-4）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。

（13-5）服务人员要求
① 乙方驻场工程师应具有计算机相关专业大专以上学历和三年以上运维经验，至少一人持有网络安全相关资格证书。
② 乙方项目负责人须为响应文件所列人员，负责服务质量管理和与甲方的日常沟通，未经甲方书面同意不得更换。
③ 乙方应为驻场人员购买社会保险和意外伤害保险，驻场人员的劳动报酬、福利及人身安全由乙方负责，与甲方无劳动关系。
④ 甲方每季度组织用户满意度调查，调查对象包括维权工作人员、热线接线员和基层妇联用户，调查结果计入季度考核。

⑤ 乙方应建立运维知识库，将常见问题处理方法整理成文，供甲方工作人员查阅，并在服务期满时一并移交甲方。
⑥ 乙方驻场人员请假的，应提前报甲方同意并安排具备同等能力的人员顶岗，确保驻场人数不少于约定人数。

（13-6）通知
双方往来通知以书面形式送达本合同所列联系人；紧急事项可先以电话告知，再于次日补发书面通知。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（15）其他
本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：南湖市妇女联合会
乙方（盖章）：南湖信诚数字技术服务有限公司
签订日期：2025年12月
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  芝麻油厂 质量管理 软件许可 + 定制开发, supplier's template, .md with a markdown price table, "## 第X条"
# ---------------------------------------------------------------------------------------------------------------
H457Z05 = """# 软件许可及技术开发合同

**鼎质云软件标准合同文本 V3.0**

合同编号：DZY-2026-QMS-031

- 甲方（用户）：山东鲁香源芝麻油有限公司
- 乙方（供方）：济南鼎质云软件有限公司

甲方因质量管理需要，购买乙方质量管理系统软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“鼎质云质量管理系统（QMS）标准版”软件许可一套，许可方式为永久许可，限甲方一个厂区使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：原料芝麻进厂检验模块、炒籽及压榨工序批记录、苯并芘等检测数据接入、成品追溯码管理及质量报表。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鼎质云QMS标准版软件许可（永久） | 980,000 |
| 2 | 定制开发 | 320,000 |
| 3 | 实施及培训 | 100,000 |
| | 合计 | 1,400,000 |

合同总价为人民币1,400,000元（含税）。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方预付合同总价的50%，即700,000元，乙方收到款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付剩余50%，即700,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 项目实施

4.1 乙方将尽力在收到预付款后100日内完成开发和部署。如因需求变化、甲方配合或其他原因导致延期的，双方协商调整实施计划，乙方不承担延期责任。

4.2 甲方应提供必要的场地、服务器、网络环境及业务资料，并指定项目联系人。

## 第五条 交付与验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方上线后发现的问题，乙方在免费维护期内予以处理。

## 第六条 免费维护期

6.1 自系统上线之日起，乙方提供六个月免费维护服务，内容包括缺陷修复和远程技术支持。

6.2 免费维护期不包括甲方新增需求、硬件故障及因甲方操作不当引起的问题。

## 第七条 技术支持与服务响应

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日9:00至17:00。

7.2 一级故障（系统无法登录或检验数据无法录入）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内响应。

7.3 乙方将按上述时限尽力处理，但不因响应或修复时间超出时限承担任何扣款、赔偿或违约金。

## 第八条 年度维护

8.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年245,000元。

8.2 年度维护服务包括软件升级、缺陷修复和远程支持，现场服务另行收费。

## 第九条 知识产权

9.1 软件产品及其文档的知识产权归乙方所有。

9.2 乙方为甲方定制开发的模块、报表、接口程序及其源代码的知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，不得许可第三方使用。

## 第十条 数据安全

10.1 甲方在系统中录入和产生的检验数据、批记录及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方远程维护应经甲方同意并通过加密通道接入，不得擅自复制甲方数据；乙方应采取合理的安全措施防止数据泄露。

10.3 发现数据泄露或安全事件的，乙方应在24小时内通知甲方并配合处置；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

## 第十一条 保密

11.1 双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条之一 培训

11A.1 乙方为甲方质量部、化验室及生产车间人员提供系统操作培训，培训时间合计不超过5个工作日，培训地点在甲方厂区。

11A.2 乙方提供系统操作手册和管理员手册电子版各一份。甲方需要增加培训的，按乙方报价另行收费。

## 第十一条之二 甲方责任

11B.1 甲方应按乙方要求准备服务器、操作系统、数据库软件及网络环境，并保证其正常运行。

11B.2 甲方应在乙方提出需求调研要求后3个工作日内安排相关人员配合，并在需求说明书提交后5个工作日内书面确认；逾期未确认的，视为甲方认可该需求说明书。

11B.3 甲方应指定系统管理员负责日常账号管理和数据备份。因甲方未及时备份导致的数据损失，乙方不承担责任。

11B.4 甲方提出的需求变更，应以书面形式提交，乙方评估工作量后另行报价，经甲方确认后实施，相应调整实施计划。

## 第十一条之三 不可抗力

11C.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。

11C.2 本合同所称不可抗力包括自然灾害、政府行为、社会异常事件以及网络运营商大范围故障等不能预见、不能避免且不能克服的客观情况。

## 第十一条之四 通知

11D.1 双方往来通知应以书面形式或电子邮件发送至本合同所列联系人，电子邮件发出即视为送达。

11D.2 一方变更联系方式的，应提前3个工作日书面通知对方，未通知的，按原联系方式送达的通知视为有效送达。

## 第十一条之五 合同变更

11E.1 本合同的变更须经双方协商一致并以书面形式确认。甲方新增厂区或增加用户的，按乙方当时的标准价格另行签订合同。

11E.2 本合同附件包括需求说明书、实施计划及报价单，附件与本合同正文具有同等效力。

11E.3 双方协商一致可签订补充协议，补充协议与本合同不一致的，以补充协议为准。乙方对软件产品进行的常规版本更新，按乙方发布的升级说明执行。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方另行签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：山东鲁香源芝麻油有限公司　　　乙方（盖章）：济南鼎质云软件有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Sri Lankan vendor, perpetual WMS licences + services, .pdf, Article N  (only finding: foreign law)
# ---------------------------------------------------------------------------------------------------------------
H457E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LWS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Lankaweave Software (Private) Limited, a company incorporated in Sri Lanka with its registered office at 27 Galle Road, Colombo 03, Sri Lanka (the "Supplier"); and
P:(2) Foshan Muheng Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 9 Lecong Industrial Avenue, Shunde District, Foshan, Guangdong (the "Customer").
P:Background: The Customer manufactures panel and upholstered furniture and operates a finished-goods warehouse and two component stores in Foshan. The Customer wishes to replace its spreadsheet-based stock control with the Supplier's LankaStock warehouse management system, and the Supplier has agreed to grant perpetual licences and to implement the system on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LankaStock warehouse management software, version 8, in object code, with its documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Deliverables" means the configuration, interfaces, reports, label templates, data-migration scripts and documents produced by the Supplier for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer runs its live warehouse transactions on the Software at all three sites.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's operations, including item masters, stock balances, supplier and customer records and personal data of employees.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data room in Foshan for the Customer's own business, for the number of users and devices set out in Article 3.
P:2.2 The Customer may make reasonable copies for backup, testing and disaster recovery. The Customer may add licences later at the unit prices in Article 3 for a period of two years after Final Acceptance.
P:2.3 The licence survives expiry of this Agreement and may be terminated by the Supplier only if the Customer fails to pay the licence fee after notice.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,240,000, inclusive of all taxes, duties and expenses, made up as follows:
P:(a) LankaStock server licence (perpetual, one production and one test instance): CNY 420,000;
P:(b) 80 named user licences at CNY 3,600 each: CNY 288,000;
P:(c) 40 handheld RF scanner licences at CNY 1,800 each: CNY 72,000;
P:Licence subtotal: CNY 780,000;
P:(d) configuration and interfaces to the Customer's ERP and label printers: CNY 356,000;
P:(e) data migration: CNY 64,000;
P:(f) training of key users and administrators: CNY 40,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Supplier's staff in Foshan are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 248,000) within 15 working days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 558,000) within 15 working days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 434,000) within 15 working days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY to the Supplier's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Implementation
P:5.1 The Supplier shall complete installation, configuration and interfaces and shall achieve Go-Live within 120 days after signature, in accordance with the project plan in Annex 1.
P:5.2 The Supplier shall appoint a project manager who shall be present on site in Foshan during configuration, testing and Go-Live, and shall provide a Chinese-speaking consultant for user training.
P:5.3 The Customer shall provide server hardware, network access, item and location master data and the cooperation of its staff in good time.
H:Article 6 Acceptance
P:6.1 Before Go-Live the Supplier shall run the user acceptance test scripts agreed in Annex 2. Each script must pass without a Severity 1 or Severity 2 defect.
P:6.2 Final Acceptance shall take place after 20 consecutive working days of live operation and requires that: (a) a full physical stock count agrees with the Software's balances within 0.2% by value; (b) every interface in Annex 2 has run without manual correction for ten consecutive working days; (c) the handheld transactions post within three seconds at 40 concurrent devices; (d) all documentation and administrator training are complete.
P:6.3 If a criterion is not met, the Supplier shall correct the defect and the test shall be repeated. Go-Live, use of the Software or payment of any instalment does not constitute Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and Deliverables will conform to the documentation and Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide support and new versions free of charge.
P:7.2 After the Warranty Period the Customer may order annual support. The annual support fee is 10% of the licence subtotal, namely CNY 78,000 per support year, fixed for the first three support years. Any later change shall be agreed in writing and shall not exceed 3% per support year.
P:7.3 Support levels: for a Severity 1 fault (the warehouse cannot receive, pick or ship) the Supplier shall respond within one hour and provide a workaround within eight hours; Severity 2 faults are answered within two hours and fixed within three working days; Severity 3 matters are handled in the next release.
P:7.4 If the Supplier misses a Severity 1 response or workaround time, it shall credit CNY 1,000 for each hour of delay against the next payment or support invoice.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and on the Customer's instructions.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's systems, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist the Customer to contain it, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall use it only for this Agreement. This obligation continues for three years after termination.
H:Article 10 Intellectual Property
P:10.1 The Supplier retains all intellectual property rights in the Software.
P:10.2 All rights in the Deliverables, including source code of interfaces and scripts, vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely, including to another service provider.
P:10.3 The Supplier shall indemnify the Customer against any claim that the Software or Deliverables infringe a third party's rights.
H:Article 11 Delay
P:11.1 If the Supplier fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of CNY 1,000 for each day of delay. If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 14.
H:Article 12 Liability
P:12.1 The total liability of the Supplier under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to Article 8, Article 10.3, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of this Agreement without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 On termination by the Customer for the Supplier's breach, the Supplier shall refund the amounts paid for Deliverables not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Democratic Socialist Republic of Sri Lanka.
P:15.2 Any dispute shall be referred to arbitration under the rules of the Sri Lanka National Arbitration Centre, seated in Colombo, in the English language, before a sole arbitrator.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals. Notices shall be given in writing to the addresses above.
P:For the Supplier: ____________________ Name: Director, Lankaweave Software (Private) Limited
P:For the Customer: ____________________ Name: General Manager, Foshan Muheng Furniture Manufacturing Co., Ltd.
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Bangladeshi vendor, supplier-compliance SaaS, Order Form + General Terms, .md, Section N.N
# ---------------------------------------------------------------------------------------------------------------
H457E02 = """# ORDER FORM — ComplyLoom Supplier Compliance Platform

**Order Form No.** CL-OF-2026-118
**Provider:** Meghna Cloudworks Ltd., House 14, Road 7, Gulshan-1, Dhaka 1212, Bangladesh
**Customer:** Ningbo Haiyue Garment Import & Export Co., Ltd., 188 Zhongshan East Road, Haishu District, Ningbo, Zhejiang, China

This Order Form is entered into under, and incorporates, the ComplyLoom General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Section 1 Subscription

1.1 **Service.** ComplyLoom, a web and mobile platform for managing garment suppliers: supplier onboarding, factory social-compliance and quality audits, corrective action plans, certificate tracking and dashboards.

1.2 **Scope.** Up to 160 active supplier factories; 25 Customer back-office users; 40 auditor mobile app users.

1.3 **Subscription Term.** Two Subscription Years from the Service Start Date. "Subscription Year" means each period from the Service Start Date, or from an anniversary of it, to the day before the next anniversary. The Service Start Date is the day after Onboarding Acceptance.

## Section 2 Fees

At the Customer's request all fees are quoted and paid in Chinese Yuan (CNY).

| Item | Basis | Fee per Subscription Year (CNY) | Total (CNY) |
|---|---|---|---|
| Platform subscription (160 factories, 25 users) | per Subscription Year | 168,000 | 336,000 |
| Auditor app users | 40 users × CNY 1,200 | 48,000 | 96,000 |
| Onboarding (one-time) | fixed | — | 38,000 |
| **Total Contract Value** | | | **470,000** |

2.1 All fees include applicable taxes and the Provider's bank charges.

2.2 Additional factories above 160 may be added at CNY 900 per factory per Subscription Year, pro rata. Such additions are outside the Total Contract Value.

## Section 3 Invoicing and Payment

3.1 Subscription fees are invoiced quarterly in arrears, in equal instalments of CNY 54,000, and are payable within 30 days after receipt of a correct invoice.

3.2 The onboarding fee of CNY 38,000 is invoiced after Onboarding Acceptance.

3.3 No amount is payable in advance.

## Section 4 Onboarding and Acceptance

4.1 The Provider shall complete onboarding within 45 days after signature of this Order Form, namely: import of the Customer's supplier master data and existing audit history; configuration of three audit templates (social compliance, product quality, fire and building safety); single sign-on with the Customer's directory; Chinese and English interfaces; and training of back-office users and auditors.

4.2 Onboarding Acceptance requires that: (a) the imported supplier and audit records reconcile with the Customer's extract record by record; (b) each of the three templates has been used for one test audit from scheduling to closed corrective action; (c) single sign-on works for all back-office users; (d) dashboards show the agreed indicators. The Customer shall confirm Onboarding Acceptance in writing within ten working days after the Provider's notice or state the failed criteria. Use of the platform for test audits is not acceptance.

4.3 If onboarding is not complete by the date in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

## Section 5 Service Levels

5.1 **Availability.** The platform shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified five days in advance and carried out between 23:00 and 05:00 China time.

5.2 **Support.** Severity 1 (platform unavailable, or audits cannot be submitted): response within one hour, round the clock; restoration within six hours. Severity 2: response within two hours in business hours, resolution within two business days. Severity 3: response next business day.

5.3 **Service credits.** If monthly availability falls below 99.95%, the Customer receives a credit of 5% of that month's subscription fee; below 99.5%, 10%; below 99%, 20%. A missed Severity 1 response or restoration time gives a credit of CNY 500 per hour. Credits are deducted from the next invoice.

## Section 6 Signatures

Signed for and on behalf of Meghna Cloudworks Ltd.: ____________________ (Director)

Signed for and on behalf of Ningbo Haiyue Garment Import & Export Co., Ltd.: ____________________ (Legal Representative)

---

# COMPLYLOOM GENERAL TERMS

## Section 6A Customer Responsibilities and Cooperation

6A.1 The Customer shall nominate a project lead for onboarding, provide its supplier master data and audit history in the agreed template within ten days after signature, and make its directory administrator available for single sign-on configuration.

6A.2 The Customer shall ensure that its auditors use the mobile app in accordance with the documentation and that supplier factories invited to the platform are told how their information will be handled.

6A.3 Each party shall appoint a relationship manager. The relationship managers shall meet by video call every quarter to review service reports, open tickets, planned releases and the Customer's change requests.

## Section 6B Reporting

6B.1 The Provider shall send the Customer a monthly service report within five business days after the end of each month, showing availability, incidents by severity, response and restoration times, credits due and the number of active factories and users.

6B.2 The Provider shall give the Customer at least 30 days' notice of any release that changes the audit workflow, and shall make a test environment available for the Customer to check the new release with its own templates before it goes live.

## Section 7 Use of the Service

7.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to use the platform for its internal business, including access by its auditors and by supplier factories invited by the Customer.

7.2 The Customer is responsible for the accounts it creates and for the accuracy of the data it enters.

7.3 The Provider may improve the platform during the Subscription Term but shall not materially reduce its functionality.

## Section 8 Customer Data

8.1 "Customer Data" means all data entered into the platform by or for the Customer, including supplier records, audit reports, photographs, certificates and corrective action plans.

8.2 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the service to the Customer and shall not sell it or use it for any other purpose.

8.3 During the Subscription Term and for 60 days after it, the Customer may export all Customer Data in CSV and PDF form. After that period the Provider shall delete the Customer Data.

## Section 9 Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Order Form, including prices, supplier lists and audit findings, and shall disclose it only to its employees and advisers who need to know it.

9.2 These obligations continue for three years after the end of the Subscription Term.

## Section 10 Intellectual Property

10.1 The Provider retains all rights in the platform and its standard templates.

10.2 Audit templates, checklists, scoring rules and report layouts configured specifically for the Customer belong to the Customer, which may use, modify and share them with any other provider, also after the Subscription Term.

## Section 11 Subcontractors and Hosting

11.1 The Provider may engage subcontractors, including cloud hosting providers and local audit-support partners, to perform any part of the service. The Provider shall give the Customer 30 days' written notice before engaging a new subcontractor. The Provider remains responsible for the performance of its subcontractors.

## Section 12 Warranties

12.1 The Provider warrants that the service will be performed with reasonable skill and care and will materially conform to its documentation.

12.2 If the service does not so conform, the Provider shall correct it promptly at no extra charge.

## Section 13 Liability

13.1 Each party's total liability arising out of or in connection with this Order Form is limited to 150% of the Total Contract Value.

13.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.

## Section 14 Term, Renewal and Termination

14.1 This Order Form ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

14.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

14.3 If monthly availability is below 99% for two consecutive months, the Customer may terminate immediately by written notice.

14.4 On termination for the Provider's breach, the Provider shall refund fees for the period after termination and the Customer owes no further fees.

## Section 15 General

15.1 This Order Form is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo in accordance with its rules.

15.3 Notices shall be in writing and sent to the addresses on the Order Form. Amendments require a written document signed by both parties.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Indonesian vendor, cold-store sensors / gateways / monitoring licence, buyer's paper, .docx, numbered clauses
# ---------------------------------------------------------------------------------------------------------------
H457E03 = """T:PURCHASE CONTRACT FOR COLD-STORE ENVIRONMENTAL MONITORING SYSTEM
P:Contract No. LYCC-PUR-2026-0093
P:Buyer: Henan Lvyuan Cold Chain Logistics Co., Ltd., 66 Hangkong Road, Zhengzhou Airport Economy Zone, Zhengzhou, Henan, China (the "Buyer")
P:Supplier: PT Sensa Nusantara Teknik, Jalan Soekarno-Hatta 211, Bandung 40286, West Java, Indonesia, acting in China through its representative office in Shanghai (the "Supplier")
P:The Buyer operates a cold-storage warehouse of 18 chambers for frozen and chilled food in Zhengzhou. Following its competitive tender No. LYCC-ZB-2026-07, the Buyer awards to the Supplier the supply, installation and commissioning of a wireless temperature, humidity, door and ammonia monitoring system with monitoring software. This contract is on the Buyer's standard terms. The parties agree as follows.
H:1. Definitions
P:1.1 "System" means the equipment and software listed in the price table in clause 2, installed and configured at the Buyer's site.
P:1.2 "Site" means the Buyer's cold-storage warehouse at the address above.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under clause 6.
P:1.4 "Buyer Data" means all readings, alarms, event logs, user records and reports produced by or stored in the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, configure, calibrate and commission the System, integrate alarms with the Buyer's SMS platform and train the Buyer's staff.
P:2.2 The Contract Price is CNY 840,000, including all taxes, import duties, freight, insurance and costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|420|680|285,600
TB:2|Chamber door open/close sensor|64|420|26,880
TB:3|LoRa gateway with 4G backup|18|5,600|100,800
TB:4|Ammonia leak detector for the refrigeration plant room|24|3,850|92,400
TB:5|Monitoring server with UPS|1|68,320|68,320
TB:6|ColdSense monitoring software, perpetual site licence|1|146,000|146,000
TB:|Equipment and licence subtotal|||720,000
TB:7|Installation, cabling and commissioning|1|96,000|96,000
TB:8|Calibration and training|1|24,000|24,000
TB:|Contract Price|||840,000
P:2.3 The Contract Price is fixed and is stated and paid in Chinese Yuan (CNY).
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Site within 50 days after signature and complete installation within 25 days after delivery, chamber by chamber, so that no more than two chambers are out of normal operation at any time.
P:3.2 The Supplier's installers shall follow the Buyer's food-safety, cold-room entry and hot-work rules. The Supplier is responsible for the safety of its personnel.
P:3.3 Signature of a delivery note confirms quantity only and is not acceptance of the System.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 84,000) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 50% of the Contract Price (CNY 420,000) within 15 working days after delivery and installation of all equipment.
P:4.3 35% of the Contract Price (CNY 294,000) within 15 working days after Final Acceptance.
P:4.4 5% of the Contract Price (CNY 42,000) as retention, paid within 15 working days after the end of the Warranty Period if no claim is outstanding.
H:5. Delay
P:5.1 If the Supplier fails to deliver or to complete installation by the dates in clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may terminate the contract under clause 13 in addition to claiming liquidated damages.
H:6. Acceptance
P:6.1 After installation the Supplier shall give written notice that the System is ready for testing. The tests shall be carried out jointly within seven days.
P:6.2 Acceptance criteria: (a) every temperature sensor reads within ±0.5 °C of a calibrated reference thermometer at two set points, with a calibration report from an accredited laboratory; (b) over a 14-day trial run no sensor shows a gap in its readings longer than 15 minutes; (c) door and ammonia alarms reach the duty phone by SMS within 60 seconds in ten consecutive tests; (d) reports for food-safety audits can be exported in the Buyer's formats; (e) manuals, calibration certificates and as-built drawings are handed over.
P:6.3 If any criterion is not met, the Supplier shall remedy the failure and the tests shall be repeated at its cost. Use of the System by the Buyer during the trial run is not acceptance.
P:6.4 Final Acceptance takes effect when the Buyer signs the acceptance certificate.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective equipment, supply software updates and recalibrate the sensors annually, all free of charge.
P:7.2 Faulty sensors shall be replaced from spare stock kept by the Supplier in Zhengzhou.
H:8. Maintenance after Warranty
P:8.1 After the Warranty Period the Buyer may order annual maintenance. The annual maintenance fee is 6% of the equipment and licence subtotal, namely CNY 43,200 per year, fixed for the two years following the Warranty Period, and covers the services in clause 7.1.
H:9. Service Levels
P:9.1 For a critical fault (loss of monitoring or alarms for one or more chambers) the Supplier shall respond remotely within 30 minutes and restore monitoring within eight hours, where necessary by on-site attendance. Other faults shall be answered within two hours and fixed within three working days.
P:9.2 For each hour by which the Supplier exceeds a critical-fault time, it shall pay the Buyer CNY 500, deducted from the retention or any later payment.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this contract.
P:10.2 The System shall be hosted on the Buyer's server at the Site. The Supplier shall access it remotely only through the Buyer's VPN with named accounts approved by the Buyer, shall not copy Buyer Data off the Site, and shall keep the system firmware and software patched against known vulnerabilities.
P:10.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or Buyer Data, shall take immediate remedial action and shall be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other under this contract, including the Buyer's customer and inventory information, and shall not disclose it to any third party without prior written consent. This clause survives for three years after the end of the contract.
H:12. Intellectual Property
P:12.1 The Supplier retains the intellectual property in its standard software and firmware and grants the Buyer a perpetual licence to use them with the System.
P:12.2 Alarm rules, dashboards, report templates and interface programs written for the Buyer belong to the Buyer, which may use and modify them freely or have them modified by others.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case described in clause 5.2.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for equipment not accepted and compensate the Buyer's losses.
H:14. Liability
P:14.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 10 and 11.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:16. Governing Law and Disputes
P:16.1 This contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes that cannot be settled by negotiation shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:16A. Training and Documentation
P:16A.1 The Supplier shall train the Buyer's warehouse supervisors, refrigeration engineers and quality staff on the use of the System, alarm handling, battery replacement and basic troubleshooting, in Chinese, in not fewer than three sessions at the Site.
P:16A.2 The Supplier shall supply operation and maintenance manuals in Chinese, a sensor location plan for every chamber and the recommended list of spare parts with unit prices, which shall remain valid during the Warranty Period.
H:16B. Force Majeure
P:16B.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly with evidence and is excused to the extent of the event, provided it takes reasonable steps to limit its effects. Customs clearance delays caused by incomplete documents from the Supplier are not force majeure.
H:17. General
P:17.1 This contract is made in English and Chinese, both equally authentic, in four originals, two for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________ (seal)
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Pakistani vendor, managed IT service desk + endpoint management for a supermarket chain, .md, upper-case
#      headings, schedules as tables
# ---------------------------------------------------------------------------------------------------------------
H457E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** IMS-CTU-2026-07

**BETWEEN**

**Indus Managed Services (Private) Limited**, a company incorporated in Pakistan, 42-B Gulberg III, Lahore, Pakistan, acting through its branch office in Chengdu (the "Provider"); and

**Chengdu Jinlihe Supermarket Chain Co., Ltd.**, 77 Shuhan Road, Jinniu District, Chengdu, Sichuan, China (the "Customer").

**RECITALS**

The Customer operates 36 supermarkets in Chengdu and Deyang and a head office with a distribution centre. The Customer wishes to outsource its IT service desk, store endpoint support and endpoint management to the Provider. The Provider has experience of retail managed services and agrees to provide them on the terms below. All charges are in Chinese Yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Transition Acceptance.

1.3 "Term" means 24 months from the Service Commencement Date.

1.4 "Monthly Service Charge" means the charge in Schedule 3.

1.5 "Customer Data" means all data of the Customer, its employees and its shoppers that the Provider accesses or processes, including point-of-sale data, membership data, user accounts and tickets.

## 2. TRANSITION

2.1 The Provider shall take over the Services from the Customer's internal team and its previous contractor by following the transition plan in Schedule 4 and shall complete transition within 60 days after signature.

2.2 Transition Acceptance requires that: (a) all 36 stores, the head office and the distribution centre are registered in the Provider's service-management tool with a reconciled asset inventory; (b) every endpoint (about 1,180 point-of-sale terminals, PCs, handhelds and label printers) reports to the endpoint-management console; (c) the service desk has handled live tickets for ten consecutive business days meeting the targets in Schedule 2; (d) runbooks and the knowledge base are approved by the Customer's IT manager. The Customer shall sign a Transition Acceptance certificate or list the unmet criteria within five business days after the Provider's notice. Starting to handle tickets does not constitute acceptance.

2.3 If transition is not complete by the date in clause 2.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of 0.02% of the Total Contract Value for each day of delay.

## 3. SERVICES AND SERVICE LEVELS

3.1 The Provider shall provide the Services from the Service Commencement Date for the Term, meeting the service levels in Schedule 2.

3.2 The service desk shall be staffed in Chengdu and answer in Mandarin; second-line engineering may be provided remotely from Lahore under clause 6.

3.3 If the Provider misses a service level in any month, the service credits in Schedule 2 apply. Credits are deducted from the next invoice and are not the Customer's only remedy.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,320,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears and paid within 30 days after receipt of a correct invoice. The transition fee is invoiced after Transition Acceptance. The Customer pays nothing in advance.

4.3 Charges are fixed for the Term. Additional stores may be added at the per-store rate in Schedule 3.

## 5. CUSTOMER OBLIGATIONS

5.1 The Customer shall give the Provider timely access to its sites, systems and staff, nominate a service manager and keep its software licences valid.

## 6. DATA PROTECTION AND SECURITY

6.1 Customer Data belongs to the Customer and may be used by the Provider only to perform the Services.

6.2 Customer Data shall remain on systems in mainland China. Remote engineers shall connect only through the Customer's jump server with individual accounts, multi-factor authentication and session recording, and shall not download or copy Customer Data. The Provider shall follow the Customer's information security policy and the Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall report any actual or suspected security incident involving Customer Data to the Customer within two hours, cooperate in containment and investigation, and compensate the Customer for all losses, fines and costs resulting from a breach of this clause.

## 7. CONFIDENTIALITY

7.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff who need it. This obligation survives for three years after the Term.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, knowledge-base articles, reports and configurations created by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any successor provider.

8.2 The Provider's service-management tools remain its property.

## 9. LIABILITY

9.1 The Provider's total liability arising out of this Agreement in any event shall not exceed the Monthly Service Charges paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of the Term unless the parties agree in writing to extend it at charges agreed at that time.

11.2 The Customer may terminate by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if the Provider misses the same Priority 1 target in three consecutive months.

11.3 On expiry or termination the Provider shall give exit assistance for up to 60 days at no extra charge and hand over all Customer Data, runbooks and credentials.

## 11A. GOVERNANCE AND REPORTING

11A.1 Each party shall appoint a service manager. The Provider's service manager shall be based in Chengdu and attend a monthly service review at the Customer's head office.

11A.2 The monthly service report shall show ticket volumes by store and priority, performance against each service level, credits due, patch compliance, recurring problems with root-cause analysis and planned improvements.

11A.3 Changes to the Services, including new stores or systems, shall be agreed through a written change request setting out scope, charges and timing.

## 11B. PERSONNEL

11B.1 The Provider shall vet staff who access Customer systems, keep a list of named personnel and replace any person whom the Customer reasonably objects to. Staff visiting stores shall follow the Customer's store rules.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 13. GENERAL

13.1 This Agreement, with its Schedules, is the whole agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________

Signed for the Customer: ____________________

---

## SCHEDULE 1 — SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support for store and office staff; incident and request logging | 07:00–23:00, seven days |
| Store endpoint support | Remote and on-site support for POS terminals, scales, handhelds, label printers and store PCs | 07:00–23:00, seven days |
| Endpoint management | Patching, antivirus, software distribution and asset inventory for all endpoints | continuous, changes in agreed windows |
| Reporting | Monthly service report and quarterly review | monthly / quarterly |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A store cannot sell at more than half of its tills | 15 minutes | 3 hours | 5% of the Monthly Service Charge per incident |
| Priority 2 | One till or the store office PC is down | 30 minutes | 8 hours | 1% per incident |
| Priority 3 | Single-user problem with a workaround | 2 hours | 2 business days | none |
| Patching | Critical security patches on all endpoints | — | 7 days | 2% per month missed |

Total credits in a month shall not exceed 20% of that month's Monthly Service Charge.

## SCHEDULE 3 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge (36 stores, head office, distribution centre) | 24 months × CNY 52,000 | 1,248,000 |
| Transition fee | one-time, after Transition Acceptance | 72,000 |
| **Total Contract Value** | | **1,320,000** |
| Additional store | per store per month, outside the Total Contract Value | 1,300 |

## SCHEDULE 4 — TRANSITION PLAN

| Phase | Activities | Weeks |
|---|---|---|
| Discovery | Asset and ticket history review, interviews with store managers | 1–2 |
| Knowledge transfer | Shadowing of the previous contractor, runbook drafting | 3–5 |
| Tool onboarding | Console agents on all endpoints, service-management tool set-up | 4–7 |
| Parallel run | Provider handles live tickets with the previous team on standby | 7–8 |
| Acceptance | Checks under clause 2.2 and certificate | 9 |
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Cambodian vendor, agricultural market-price data API subscription, .txt, upper-case headings
# ---------------------------------------------------------------------------------------------------------------
H457E05 = """DATA SUBSCRIPTION AGREEMENT - MEKONG AGRIPRICE API

Agreement No. MAD-CN-2026-019

PARTIES

Mekong AgriData Co., Ltd., a company registered in the Kingdom of Cambodia, No. 112 Preah Norodom Boulevard, Sangkat Tonle Bassac, Khan Chamkarmon, Phnom Penh ("Provider").

Guangxi Nanfang Agricultural Trading Co., Ltd., a company registered in the People's Republic of China, 35 Minzu Avenue, Qingxiu District, Nanning, Guangxi ("Customer").

BACKGROUND

The Customer imports milled rice, cassava chips and raw cashew nuts from Cambodia and needs reliable daily price information for its purchasing team. The Provider collects farm-gate and wholesale prices from markets and traders in Battambang, Kampong Cham, Takeo, Kampong Thom and Phnom Penh and publishes them through the AgriPrice application programming interface (the "API"). The parties agree as follows.

DEFINITIONS

(a) "Data" means the price series, market reports and reference tables delivered through the API or in files under this Agreement.
(b) "Historical Backfill" means the one-time delivery of daily price series for the covered commodities and markets from January 2019 to the Start Date.
(c) "Start Date" means the day after the Customer confirms acceptance of the Historical Backfill under the clause headed ACCEPTANCE.
(d) "Subscription Year" means each consecutive period beginning on the Start Date or on an anniversary of it.
(e) "Customer Inputs" means the queries, watch-lists, purchase volumes, target prices and other information that the Customer submits through the API or the web portal.

SUBSCRIPTION

1. The Provider grants the Customer, for two Subscription Years from the Start Date, a non-exclusive and non-transferable right to access the API and to use the Data within its business, including in internal reports, purchasing models and presentations to its customers in summarised form.
2. The subscription covers nine commodities (three rice grades, paddy, cassava chips, cassava starch, raw cashew, dried cassava and maize), 22 markets, daily updates by 18:00 Cambodia time, weekly market commentary in English and Chinese, and up to 200,000 API calls per month.
3. The Customer may allow up to 15 named users to use the web portal. API keys shall not be shared outside the Customer's group.

FEES

4. At the Customer's request all fees are stated and paid in Chinese Yuan (CNY). The subscription fee is CNY 96,000 per Subscription Year, CNY 192,000 for the two Subscription Years. The Historical Backfill fee is CNY 28,000, one time. The total contract value is CNY 220,000.
5. API calls above the monthly allowance are charged at CNY 60 per additional 10,000 calls, invoiced quarterly. Such charges are not part of the total contract value.
6. The subscription fee is invoiced quarterly in arrears in instalments of CNY 24,000, payable within 30 days after invoice. The Historical Backfill fee is invoiced after acceptance of the Historical Backfill. No fee is payable before the Start Date.

DELIVERY OF THE HISTORICAL BACKFILL

7. The Provider shall deliver the Historical Backfill, documentation of the API and test credentials within 30 days after signature.
8. If the Provider delivers late for reasons within its control, it shall pay the Customer CNY 150 for each day of delay, deducted from the first invoices.

ACCEPTANCE

9. The Customer shall check the Historical Backfill within ten working days after delivery. It is accepted when: (a) it covers every commodity and market listed in clause 2 for the whole period, with any missing market day explained in the gap log; (b) every file passes the format and field validation in the API documentation; (c) a random sample of 200 daily prices agrees with the Provider's published bulletins for the same dates; and (d) the test credentials return live Data for every commodity.
10. If a criterion is not met, the Provider shall correct the Historical Backfill within ten working days and the check shall be repeated. Acceptance shall be confirmed by e-mail from the Customer's purchasing director. Receipt of files or use of test credentials is not acceptance.

SERVICE

11. The Provider will use commercially reasonable efforts to keep the API available and to publish each day's prices on time. The Provider gives no commitment on availability, on response or resolution times for faults, or on service credits, and no service-level schedule applies to this Agreement.
12. Support questions may be sent by e-mail to the Provider's data desk, which is staffed on Cambodian business days.
13. The Provider may change the API's technical format on 60 days' notice, keeping the previous version running during that notice period.

DATA QUALITY

14. The Provider collects the Data with reasonable care from its field network and sources it considers reliable. Prices reported by the Provider are indicative and the Customer remains responsible for its own purchasing decisions.
15. If the Customer reports an error in the Data, the Provider shall investigate and, where the error is confirmed, publish a correction within two business days.

CUSTOMER INPUTS

16. Customer Inputs belong to the Customer.
17. The Customer grants the Provider a non-exclusive, perpetual licence to use Customer Inputs in aggregated and de-identified form to improve its price models and to compile market indices and reports that it sells to other subscribers. This licence continues after the end of this Agreement.

SECURITY OF CUSTOMER INFORMATION

18. The Provider shall protect Customer Inputs and user account information with encryption in transit and at rest, role-based access limited to its data-desk staff, and logging of administrative access, and shall keep this information on servers that meet recognised security standards.
19. The Provider shall notify the Customer within 48 hours after becoming aware of unauthorised access to Customer Inputs or account information, take all reasonable steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this section.

CONFIDENTIALITY

20. Each party shall keep confidential the non-public information of the other party, including the terms of this Agreement, the Customer's watch-lists and the Provider's collection methods, and shall not disclose it to third parties without written consent, during this Agreement and for three years after it ends.

INTELLECTUAL PROPERTY

21. The Provider retains all rights in the Data and the API. The Customer may keep and use Data received during the subscription after the Agreement ends, for internal purposes only.
22. The commodity mapping tables, Chinese-language field dictionary and customised purchasing dashboard feed that the Provider prepares at the Customer's request belong to the Customer, which may use, modify and license them freely.

SUBCONTRACTING

23. The Provider shall not subcontract the collection or delivery of the Data without the Customer's prior written consent, except that it may use its existing independent field reporters in the covered markets.

LIABILITY

24. Each party's total liability under this Agreement is limited to twice the total contract value, except for breach of the sections headed CUSTOMER INPUTS, SECURITY OF CUSTOMER INFORMATION and CONFIDENTIALITY and for wilful misconduct.
25. Neither party is liable for indirect loss or loss of profit, including profit lost on trades made on the basis of the Data.

TERM AND TERMINATION

26. This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.
27. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for any period after termination.
28. If the Provider stops covering a commodity listed in clause 2, the Customer may terminate for that commodity and the subscription fee shall be reduced pro rata.

CUSTOMER RESPONSIBILITIES

28A. The Customer shall keep its API keys secure, inform the Provider promptly of any suspected misuse of its keys, and use the Data in accordance with this Agreement and applicable law.

28B. The Customer shall not resell the Data as such or publish the daily price series to the public, but may quote individual prices and summaries in its communications with its customers and suppliers.

NOTICES AND CONTACTS

28C. Each party shall name a contact person for commercial matters and one for technical matters. Notices about breach or termination shall be given in writing; operational messages may be sent by e-mail. A party shall inform the other of any change of contact details within five working days.

GOVERNING LAW AND DISPUTES

29. This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The arbitral award is final and binding on both parties.

GENERAL

30. Notices shall be sent in writing to the addresses above and copied by e-mail. Neither party may assign this Agreement without the other's written consent. This Agreement is made in English in two originals, one for each party, and may be signed in counterparts.

SIGNATURES

For Mekong AgriData Co., Ltd.: ____________________  Name / Title: ____________________  Date: __________

For Guangxi Nanfang Agricultural Trading Co., Ltd.: ____________________  Name / Title: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, formats
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "z01": ("h457z01_hazchem_safety_platform_licence_development.pdf", "pdf", H457Z01),
    "z02": ("h457z02_textile_spinning_frame_control_retrofit.docx", "docx", H457Z02),
    "z03": ("h457z03_dry_cleaning_chain_store_saas.txt", "txt", H457Z03),
    "z04": ("h457z04_womens_federation_rights_platform_operations.txt", "txt", H457Z04),
    "z05": ("h457z05_sesame_oil_quality_system_supplier_template.md", "md", H457Z05),
    "e01": ("h457e01_furniture_wms_perpetual_licence_sri_lanka_vendor.pdf", "pdf", H457E01),
    "e02": ("h457e02_garment_supplier_compliance_saas_order_form.md", "md", H457E02),
    "e03": ("h457e03_cold_store_monitoring_sensors_purchase.docx", "docx", H457E03),
    "e04": ("h457e04_supermarket_managed_it_service_desk.md", "md", H457E04),
    "e05": ("h457e05_agricultural_price_data_api_subscription.txt", "txt", H457E05),
}

# ---------------------------------------------------------------------------------------------------------------
# design: the risky terms I meant to write, and the facts the labels rest on
# ---------------------------------------------------------------------------------------------------------------
DESIGN = {
    "z01": {"rules": [], "fee_base": 1180000, "foreign_forum": False},
    "z02": {"rules": ["CR-LD-LOW", "CR-TERMINATION"], "fee_base": 2302800, "foreign_forum": False},
    "z03": {"rules": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "foreign_forum": False},
    "z04": {"rules": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], "foreign_forum": False},
    "z05": {"rules": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                      "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
            "fee_base": 980000, "foreign_forum": False},
    "e01": {"rules": ["CR-GOVERNING-LAW"], "fee_base": 780000, "foreign_forum": True},
    "e02": {"rules": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "foreign_forum": False},
    "e03": {"rules": [], "fee_base": 720000, "foreign_forum": False},
    "e04": {"rules": ["CR-LD-LOW", "CR-LIABILITY-CAP"], "foreign_forum": False},
    "e05": {"rules": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "foreign_forum": False},
}

# price and payment sums
assert 1180000 + 860000 + 214000 + 96000 == 2350000 and 470000 + 1057500 + 822500 == 2350000
assert 1128000 + 681600 + 148800 + 126400 + 218000 == 2302800 and 2302800 + 264000 + 53200 == 2620000
assert 48 * 23500 == 1128000 and 48 * 14200 == 681600 and 48 * 3100 == 148800
assert 262000 + 1310000 + 917000 + 131000 == 2620000 and round(2302800 * 0.09) == 207252
assert 58 * 4800 == 278400 and 278400 + 36000 + 24000 == 338400 and 3 * 338400 + 86800 == 1102000
assert 268000 + 154000 + 72000 + 36000 == 530000 and 4 * 132500 == 530000
assert 980000 + 320000 + 100000 == 1400000 and 980000 // 4 == 245000
assert 420000 + 80 * 3600 + 40 * 1800 == 780000 and 780000 + 356000 + 64000 + 40000 == 1240000
assert 248000 + 558000 + 434000 == 1240000
assert 2 * (168000 + 40 * 1200) + 38000 == 470000 and 216000 // 4 == 54000
assert 420 * 680 + 64 * 420 + 18 * 5600 + 24 * 3850 + 68320 + 146000 == 720000 and 720000 + 96000 + 24000 == 840000
assert 84000 + 420000 + 294000 + 42000 == 840000 and 720000 * 6 // 100 == 43200
assert 24 * 52000 + 72000 == 1320000
assert 2 * 96000 + 28000 == 220000 and 96000 // 4 == 24000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, t, extra):
    assert list(t) == TERM_KEYS, list(t)
    return {"language": lang, "category": category, "expected_terms": t, "expected_extra": extra}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": lab("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8,
                                    False, True, False, "PRC", G), X(True, True, True, False, 2350000)),
    "z02": lab("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9,
                                    False, False, False, "PRC", G), X(True, True, True, False, 2620000)),
    "z03": lab("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                                 True, True, False, "PRC", S), X(True, True, None, False, 1102000)),
    "z04": lab("zh", "services", T(99.95, 0.5, True, "buyer", True, True, False, 0.1, 50, None, True, None, None,
                                    None, False, True, False, "PRC", S), X(True, True, None, False, 530000)),
    "z05": lab("zh", "software", T(None, 8, False, "supplier", True, True, True, None, None, 50, False, False, 6, 25,
                                    False, True, None, "PRC", G), X(True, False, True, True, 1400000)),
    "e01": lab("en", "software", T(None, 1, True, "buyer", True, True, True, 1000 / 1240000 * 100, 150, 20, True,
                                    True, 24, 10, False, True, False, "Sri Lanka", G),
               X(True, True, True, False, 1240000)),
    "e02": lab("en", "cloud", T(99.95, 1, True, "buyer", False, True, True, 400 / 470000 * 100, 150, None, True,
                                 None, None, None, False, True, True, "PRC", S), X(True, True, None, False, 470000)),
    "e03": lab("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6,
                                    False, True, False, "PRC", G), X(True, True, True, False, 840000)),
    "e04": lab("en", "services", T(None, 0.25, True, "buyer", True, True, True, 0.02, 6 / 24 * 100, None, True, None,
                                    None, None, False, True, False, "PRC", S), X(True, True, None, False, 1320000)),
    "e05": lab("en", "cloud", T(None, None, False, "buyer", True, False, True, 150 / 220000 * 100, 200, None, True,
                                 None, None, None, False, True, False, "PRC", S), X(False, True, None, False, 220000)),
}


# ---------------------------------------------------------------------------------------------------------------
# expected rules from the labels, by my own reading of policy.md section 3 (not project code)
# ---------------------------------------------------------------------------------------------------------------
def tco_share(t, x, fee_base, horizon=5):
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years_after * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key):
    t, x, d = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"], DESIGN[key]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d["fee_base"])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold-figure scan
# ---------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.])"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)",
    NB + r"4\s*-?\s*(?:个)?(?:小时|hours?|hrs?|h\b)", r"四\s*个?\s*小时", r"\bfour[\s-]?hours?", NB + r"240\s*(?:分钟|min)",
    NB + r"0\.05(?!\d)", r"万分之五(?![十百千零〇一二三四五六七八九点])",
    NB + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
    NB + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s*per\s*cent",
    NB + r"12\s*个月", r"十二个月", r"\btwelve[\s-]?months?", NB + r"12[\s-]?months?", r"一年", r"\bone[\s-]?years?\b",
    NB + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    NB + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s*per\s*cent",
    NB + r"5\s*年", r"五年", r"\bfive[\s-]?years?", NB + r"5[\s-]?years?", NB + r"60\s*(?:个月|months?)",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "12 months", "12-month", "一年", "one year", "15%", "15 %", "40%", "四成",
            "5年", "5 年", "五年", "five years", "5-year", "60 months", "60个月", "百分之四十", "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "14小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%", "140%", "2025年",
             "2026年12月31日", "万分之五十", "服务年度", "Subscription Year", "0.055", "10.05", "312 months",
             "125年", "260 months", "1,240,000", "each Subscription Year", "phone", "24-hour"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            for m in rx.finditer(variant):
                found.append((rx.pattern, variant[max(0, m.start() - 15): m.end() + 15]))
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------
# read back, lengths
# ---------------------------------------------------------------------------------------------------------------
def read_back(name, fmt):
    p = OUT / name
    if fmt == "docx":
        from docx import Document
        doc = Document(p)
        parts = [par.text for par in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    return p.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for k, (name, fmt, src) in FILES.items():
        lang = LABELS[k]["language"]
        text = read_back(name, fmt)
        n = length(text, lang)
        n_ws = len(re.sub(r"\s+", "", text)) if lang == "zh" else n
        lo, hi = RANGES[lang]
        ok = lo <= n <= hi
        rules = derive_rules(k)
        assert rules == sorted(DESIGN[k]["rules"]), (k, rules, DESIGN[k]["rules"])
        covered |= set(rules)
        share = tco_share(LABELS[k]["expected_terms"], LABELS[k]["expected_extra"], DESIGN[k].get("fee_base", 0))
        print(f"{k} {name} {lang} len={n} (no-ws {n_ws}) {'OK' if ok else 'OUT OF RANGE'} risk={risk(rules)} "
              f"tco_share={share if share is None else round(share, 2)} rules={rules}")
        if not ok:
            problems.append((k, "length", n, n_ws))
        for src_text, where in ((text, "built"), (src, "source")):
            for h in hits(src_text):
                problems.append((k, where, h))
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        t = LABELS[k]["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        label = {"file": name, **LABELS[k], "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    all_rules = set(SEVERITY)
    assert len(all_rules) == 20
    print("rules not covered:", sorted(all_rules - covered))
    for p in problems:
        print("PROBLEM", p)
    assert covered == all_rules, sorted(all_rules - covered)
    assert not problems
    mix = [k for k in FILES if not derive_rules(k)]
    assert sorted(mix) == ["e03", "z01"], mix
    assert derive_rules("e01") == ["CR-GOVERNING-LAW"] and len(derive_rules("z05")) >= 8
    print("all checks passed")


if __name__ == "__main__":
    main()
