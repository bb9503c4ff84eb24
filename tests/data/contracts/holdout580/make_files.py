"""holdout580: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes only into this folder.
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
The expected rules are derived from the labels by my own reading of policy.md section 3 (rules_from_labels),
checked against the design list, and all 20 CR rules must fire at least once in the set.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:江州市公共资源交易中心电子交易平台软件许可及定制开发合同
P:采购项目编号：JZGP-2025-0417　合同编号：JZJY-HT-2025-031
P:甲方（采购人）：江州市公共资源交易中心　地址：江州市新城区政务服务中心B座
P:乙方（供应商）：江州联拓信息技术有限公司　地址：江州市高新区软件园7号楼
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就江州市公共资源交易中心电子交易平台（以下简称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供电子交易平台软件（含工程建设招标投标、政府采购、产权交易、土地矿业权出让四个交易板块）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：不见面开标大厅、远程异地评标协同、CA数字证书互认接口、与省级公共资源交易平台及财政预算管理一体化系统的数据交换接口、交易主体信用信息归集模块、统计分析驾驶舱，共六项。详细功能以附件一《需求规格说明书》为准。
P:1.3 平台部署在甲方使用的政务云资源上，乙方负责安装、配置、联调和上线切换，并将原平台2019年以来的项目、交易主体、专家抽取及保证金数据完整迁移至新平台。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,400,000元（大写：贰佰肆拾万元整），为固定总价，包含软件许可、定制开发、部署实施、数据迁移、培训、税费以及质保期内的全部服务费用，甲方不再支付其他任何费用。
TB:序号|项目|金额（元）
TB:1|电子交易平台软件永久使用许可|1,280,000
TB:2|定制开发（六项）|864,000
TB:3|部署实施及数据迁移|218,000
TB:4|培训（管理员、代理机构、评标专家）|38,000
TB:合计||2,400,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%，即480,000元，作为预付款。
P:3.2 平台上线并通过初验后，甲方支付合同总价的45%，即1,080,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即840,000元。
P:3.4 甲方付款按国库集中支付程序办理。乙方每次收款前应开具等额增值税专用发票，发票不合格的，甲方付款期限相应顺延。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署、定制开发及数据迁移，并向甲方提交初验申请。初验合格后平台进入三个月试运行期。
P:4.2 乙方应按甲方确认的切换方案，在非交易时段完成新旧平台切换，切换期间不得影响已发布项目的开标、评标和公示。
P:4.3 乙方应派驻不少于6名项目人员现场实施，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验标准：附件一所列功能全部实现并通过甲方组织的功能测试；迁移数据经逐项比对一致；四个交易板块各完成不少于一个全流程模拟项目；500个投标人同时在线递交文件时，页面响应时间不超过3秒；平台通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内平台连续稳定运行，未发生一级故障；与省级平台的数据交换无积压、无丢失；乙方已提交全部技术文档、定制部分源代码和操作手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格的由双方签署书面验收报告。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，维护年费不超过软件许可费的8%，即每年不超过102,400元，且在质保期满后的三个服务年度内不上调。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.5%。计划内维护须安排在非交易时段，并提前3个工作日告知甲方，计划内维护时间不计入不可用时间。
P:7.2 故障分为三级。一级故障指平台无法开标、评标或递交投标文件，乙方应在30分钟内响应、2小时内到场处置；二级故障指部分功能异常，乙方应在2小时内响应；三级故障为咨询类问题，乙方应在1个工作日内答复。
P:7.3 乙方未按时响应的，每超时1小时扣减质量保证金或维护费1,000元；月可用率每低于约定值0.1个百分点，扣减2,000元。
H:第八条 数据安全
P:8.1 平台存储的交易数据、交易主体信息、专家信息、投标文件及操作日志均属于甲方所有。乙方仅为履行本合同之目的接触上述数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，运维操作须经甲方堡垒机进行并全程审计，不得在政务云以外存放任何数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 知识产权
P:9.1 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:9.2 平台标准产品的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。定制开发成果（含源代码、接口程序、数据库设计及技术文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收全部款项。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，或逾期交付超过60日的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时书面通知对方，并在15日内提供有关证明，双方据此协商延期履行或解除合同。
P:14.2 双方往来通知以书面形式送达本合同首部所列地址，地址变更的应提前5日书面告知对方。
P:14.3 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。附件一《需求规格说明书》、附件二《实施计划》与本合同具有同等效力。
P:甲方（盖章）：江州市公共资源交易中心　　乙方（盖章）：江州联拓信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年6月18日
"""

Z02 = """
T:络筒机控制系统改造及维保合同
P:合同编号：HX-SB-2025-086
P:甲方（买方）：河溪纺织股份有限公司　地址：南通市海门区纺织工业园12号
P:乙方（卖方）：苏锦自动化工程有限公司　地址：无锡市新吴区锡兴路68号
P:鉴于甲方二分厂现有48台自动络筒机的电控系统老化、故障率高，甲方决定对其控制系统进行改造，并建立车间络筒监控系统；乙方具备相应的设计、供货和改造能力。双方经协商一致，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责48台络筒机控制系统的整体改造，包括拆除原电控柜，安装新的PLC控制器、伺服驱动、触摸屏和电子清纱器升级模块，恢复设备的单锭自停、自动换管和接头功能。
P:（二）乙方提供车间监控服务器两台及络筒监控软件，实时采集各锭位的产量、断头次数、清纱切疵数据和设备状态，生成班产报表和设备效率报表，并与甲方现有ERP系统对接。
P:（三）改造须分批进行，每批不超过8台，不得影响其余机台正常生产。乙方应提交停机计划，经甲方生产部确认后实施。
H:二、合同价款
P:（一）本合同总价为人民币1,630,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|控制改造套件（PLC、伺服驱动、触摸屏）|48套|18,600|892,800
TB:2|电子清纱器升级模块|48套|6,200|297,600
TB:3|车间监控服务器|2台|46,500|93,000
TB:4|络筒监控软件许可|1套|168,000|168,000
TB:软硬件小计||||1,451,400
TB:5|安装调试及分批停机改造|1项|156,000|156,000
TB:6|操作及维修培训|1项|22,600|22,600
TB:合计||||1,630,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。合同履行期间，如因设计遗漏需增加的元器件、线缆和辅材，由乙方自行承担，不另行收费。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即163,000元，作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%，即896,500元。到货签收及安装完成不代表甲方对质量的验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即570,500元。
P:（四）乙方每次请款时应提供等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同签订后45日内将全部设备运至甲方二分厂，并于到货后60日内完成全部48台的改造。
P:（二）每台机台改造后，乙方应在当班内完成单机调试，确保次日可正常开车。
P:（三）乙方应指定一名项目经理和不少于6名电气工程师驻厂实施，项目经理未经甲方同意不得更换。乙方人员进入甲方厂区应遵守甲方安全生产、防火和车间卫生规定，因乙方人员违章作业造成的人身或财产损失由乙方承担。
P:（四）甲方负责提供改造所需的停机时间、施工用电和临时存放场地，并指定设备部联系人协调现场工作。
H:五、验收
P:（一）验收标准：每台络筒机各项功能正常，单锭自停和自动换管动作准确；改造后连续72小时运行，断头自停准确率达到技术协议要求；监控软件采集的产量数据与人工抽查数据误差不超过2%；班产报表和设备效率报表按技术协议格式生成；与ERP的接口数据一致。
P:（二）全部机台改造完成后，由甲方设备部、生产部组织验收，双方签署验收报告。单台开车生产或甲方使用，不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并重新提交验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:六、质保与维保
P:（一）质保期为六个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，包括定期巡检、软件升级和备件更换。维保年费按软硬件小计的22%计取，即每年人民币319,308元，在维保合同存续期间固定不变。
P:（三）故障响应：一级故障（整台机台停机或监控系统全部中断）乙方应在1小时内响应，8小时内到场；其他故障在1个工作日内处理。乙方每超时1小时，向甲方支付500元。
P:（四）乙方应为甲方培训挡车工和维修电工各不少于20人次，并提供中文操作手册、电气图纸和备件清单。培训考核合格的人员方可独立操作和维修改造后的设备。
H:七、数据与保密
P:（一）监控系统采集的生产数据、设备数据和报表均属于甲方所有。乙方不得复制或带离甲方厂区，不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方信息部逐次授权，通过甲方指定的VPN接入并记录操作日志。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:（三）双方对在合作中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:八、知识产权
P:（一）乙方保证所供设备和软件不侵犯第三方权利。
P:（二）乙方为本项目编写的PLC程序、报表模板和ERP接口程序的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改使用。监控软件标准产品的知识产权归乙方，甲方获得永久使用许可。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因乙方改造原因造成甲方停产的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。
H:十、分包
P:乙方不得转包本合同。电气安装中的辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十二、法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交南通仲裁委员会仲裁。
H:十三、文件交付与备件
P:（一）乙方应在最终验收前向甲方交付以下文件：改造前后电气原理图、接线图、PLC程序及注释、触摸屏画面程序、监控软件安装介质及授权文件、参数设置记录、调试报告和维修手册。
P:（二）乙方承诺自最终验收之日起八年内持续供应本项目所用控制器、伺服驱动和清纱器模块的备件；停产的，应提前6个月通知甲方并提供兼容替代方案。
P:（三）乙方拆除的原电控柜及旧部件归甲方所有，由乙方按甲方指定位置整理堆放。
H:十四、不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方并在10日内提供证明，双方协商延期或部分免除责任。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方：河溪纺织股份有限公司（盖章）　　乙方：苏锦自动化工程有限公司（盖章）
P:代表签字：__________　　代表签字：__________
P:日期：2025年5月20日
"""

Z03 = """悦颜坊美容连锁会员及卡项管理系统SaaS服务合同

合同编号：YYF-IT-2025-012

甲方（客户）：上海悦颜坊美容连锁管理有限公司
地址：上海市长宁区天山路318号6楼
乙方（服务商）：杭州云匠信息科技有限公司
地址：杭州市滨江区长河街道江虹路611号

鉴于甲方在上海、苏州、杭州经营35家直营美容门店，需要统一的会员、卡项、预约和储值管理系统；乙方拥有“云匠美业”SaaS平台并提供实施服务。双方经友好协商，就甲方订阅该平台及相关实施服务事宜订立本合同。

1. 服务内容
1.1 乙方向甲方35家门店及总部提供“云匠美业”SaaS平台的订阅服务，功能包括会员档案、次卡与疗程卡、储值卡、预约排班、美容师提成、门店库存、小程序商城和经营报表。
1.2 乙方负责实施服务：系统参数配置、卡项规则配置、旧系统会员及卡项余额数据迁移、门店收银设备对接、总部及门店人员培训。
1.3 甲方的卡项规则、提成方案及报表模板由甲方提出，乙方按甲方确认的配置方案实施。
1.4 服务期内新增门店的开通、人员账号的增减和权限调整，由乙方在收到甲方书面申请后2个工作日内完成，不另收实施费。平台的小程序商城须使用甲方自有的微信公众号和商户号，所有营业收入直接进入甲方账户。

2. 服务期限
2.1 订阅服务期为两个服务年度，自2025年8月1日起至2027年7月31日止。
2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方应在续期前以书面或系统公告方式通知甲方。

3. 费用
3.1 订阅费：每家门店每个服务年度6,800元，35家门店每个服务年度238,000元，两个服务年度合计476,000元。
3.2 实施及数据迁移费：58,000元，一次性支付。
3.3 培训费：16,000元，一次性支付。
3.4 本合同总价为人民币550,000元（含6%增值税）。门店数量增加的，新增门店按3.1的单价按月折算。

4. 付款方式
4.1 订阅费按季度支付，每季度59,500元，甲方于每季度首月10日前支付当季费用。
4.2 实施及数据迁移费和培训费在系统通过上线验收后15个工作日内一次性支付。
4.3 乙方应在收款前开具增值税专用发票。

5. 上线与验收
5.1 乙方应于2025年8月31日前完成全部35家门店的上线。
5.2 上线验收标准：旧系统会员档案全部迁移，抽查500条记录与原系统一致；卡项余额和储值余额逐店核对无差异；35家门店均能正常完成预约、开单、扣卡和收银；经营报表与门店日结数据一致。
5.3 验收合格的，双方签署上线验收单。门店开始使用系统不视为验收合格。
5.4 甲方应指定项目负责人，按实施计划提供旧系统数据、门店网络及收银设备条件，并组织门店人员参加培训。
5.5 乙方逾期完成上线的，每逾期一日，向甲方支付违约金500元。

6. 服务水平
6.1 平台月可用率不低于99.95%，计划内维护须在每日凌晨1点至5点之间进行并提前2日通知。
6.2 一级故障（门店无法开单或收银）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应；一般问题1个工作日内答复。
6.3 月可用率未达标的，每低于0.1个百分点，减免当月订阅费的5%；一级故障超时恢复的，每超时1小时减免当月订阅费的2%。

7. 数据安全
7.1 乙方应按网络安全等级保护三级要求运营平台，数据存储于中国境内，传输及存储加密，实行最小权限访问并保留访问日志。
7.2 发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方，配合处置并承担因其原因造成的全部损失。

8. 数据归属
8.1 甲方会员信息、消费记录、卡项和储值数据属于甲方。合同终止后30日内，乙方应按甲方要求导出并交付全部数据，随后予以删除。
8.2 甲方同意，乙方可将脱敏后的门店经营数据和会员消费数据汇总，用于行业分析报告、产品改进及算法优化，该等汇总数据的权利归乙方所有。

9. 保密
9.1 双方对在履行本合同过程中获知的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。
9.2 本条义务在合同终止后三年内继续有效。

10. 知识产权
10.1 平台及其标准功能的知识产权归乙方所有。
10.2 乙方为甲方配置的卡项规则、提成方案、报表模板以及甲方品牌素材归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

11. 分包
乙方可将门店现场实施、收银设备对接和培训工作委托第三方服务商完成，提前5个工作日通知甲方即可。乙方对第三方服务商的工作承担责任。

12. 违约与解除
12.1 任何一方严重违反本合同，经对方书面催告后15日内未纠正的，对方有权解除本合同。
12.2 因乙方违约导致合同解除的，乙方应退还已收取但未使用服务期对应的订阅费。
12.3 甲方逾期付款超过30日的，乙方可暂停服务，但应提前5日书面通知甲方。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同产生的争议，双方应友好协商；协商不成的，提交上海仲裁委员会仲裁。

14. 客户服务
14.1 乙方为甲方配备专属客户成功经理，提供工作日9:00至21:00的在线客服，并每季度提交一次系统使用分析报告。
14.2 乙方应建立门店问题工单台账，每月汇总分析并提出改进措施。
14.3 乙方平台版本升级不得减少本合同约定的功能；重大功能变更应提前15日通知甲方并提供培训。

15. 不可抗力与通知
15.1 因不可抗力导致不能履行的，受影响一方应及时通知对方，双方协商处理，受影响一方在不可抗力影响范围内免责。
15.2 双方通知以书面形式或电子邮件发送至本合同首部地址及双方指定联系人邮箱，发出之日起第2日视为送达。

16. 系统变更与退出
16.1 乙方调整平台功能、接口或数据格式可能影响甲方门店运营的，应提前30日通知甲方，并保证甲方已配置的卡项、储值和预约功能正常使用。
16.2 本合同终止或解除时，乙方应配合甲方将会员、卡项及储值数据迁移至甲方指定的系统，提供标准格式的数据文件和字段说明，并在迁移完成前保持平台可正常查询。
16.3 甲方会员储值余额和卡项余额以系统记录为准，乙方不得因任何原因冻结或删除。

17. 其他
17.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
17.2 附件：门店清单、配置方案、数据迁移方案。

甲方：上海悦颜坊美容连锁管理有限公司（盖章）　　乙方：杭州云匠信息科技有限公司（盖章）
授权代表：__________　　授权代表：__________
日期：2025年7月10日
"""

Z04 = """临川市中心医院PACS系统运维服务合同

采购方式：竞争性磋商　项目编号：LCZX-CS-2025-033　合同编号：LCZXYY-XX-2025-19

甲方：临川市中心医院
地址：临川市人民路168号
乙方：赣维医疗信息技术有限公司
地址：南昌市红谷滩区丰和中大道912号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其医学影像存储与传输系统（PACS）提供运维服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务范围
（1）运维对象：PACS服务器、影像存储阵列、影像归档与调阅软件、放射/超声/内镜等科室的工作站、与HIS/RIS/EMR的接口，以及影像云胶片平台，设备清单见附件一。
（2）服务内容：日常巡检、故障处理、系统备份与恢复演练、存储容量规划、补丁及版本维护、接口维护、用户支持和季度运维报告。
（3）乙方派驻2名驻场工程师，工作日8:00至18:00在甲方信息科现场值守；其他时间提供7×24小时电话及远程支持。

第二条 服务期限
服务期限自2025年7月1日起至2026年6月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行履行采购程序。

第三条 服务费用及支付
（1）服务费用总额为人民币486,000元（含税），为固定价格，包含人工、备品备件（单价2,000元以下）、工具及差旅等全部费用。
（2）服务费按季度在季度结束后支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费121,500元；考核扣款从当季服务费中扣除。
（3）甲方不向乙方支付任何预付款。
（4）乙方每次请款时应提交当季考核确认单和等额增值税专用发票。服务期内新增的运维对象，其费用由双方按附件一的单价另行书面确认，未经确认的，乙方不得另行收费。

第四条 服务启动与考核验收
（1）乙方应于2025年7月10日前完成服务接管，包括系统现状评估、账号及文档交接、备份策略核查和应急预案编制，并提交接管报告。
（2）接管验收标准：附件一所列设备和软件全部纳入监控；完成一次全量备份并恢复验证成功；应急预案经甲方信息科审核通过。甲方确认合格后签署接管验收单。
（3）季度考核标准：服务水平达到第五条要求；巡检、备份和恢复演练按计划完成；季度运维报告按时提交；临床科室满意度调查不低于90分。考核结果由双方签字确认。

第五条 服务水平
（1）PACS系统（含影像调阅）月可用率不低于99.95%，计划内维护须安排在22:00至次日6:00之间并经甲方批准。
（2）一级故障（全院无法调阅影像或无法上传检查图像）：15分钟内响应，30分钟内到场，2小时内恢复；二级故障（单个科室或单台工作站无法使用）：30分钟内响应，8小时内修复；三级故障：1个工作日内处理。
（3）一级故障每超时响应或恢复1小时，扣减服务费1,000元；二级故障每超时1小时，扣减300元；月可用率每低于约定值0.01个百分点，扣减500元。

第六条 双方义务
（1）甲方应为驻场工程师提供办公场所、网络接入和必要的系统账号，指定信息科专人对接，并及时告知系统变更和新设备上线计划。
（2）乙方应保持驻场人员稳定，更换人员须提前10日书面告知甲方并完成交接；驻场人员须遵守医院的工作制度和感染控制要求。
（3）乙方应建立备品备件库，常用硬盘、电源和网卡备件在临川市内存放，保证一级故障所需备件2小时内到场。
（4）乙方每季度组织一次数据恢复演练和一次应急演练，演练方案和结果报甲方信息科备案。
（5）甲方新增影像设备接入PACS时，乙方应配合完成设备登记、DICOM参数配置和联调，不另收费。
（6）乙方应结合存储使用趋势，每半年向甲方提交一次存储扩容和设备更新建议，供甲方编制预算参考。

第七条 数据安全
（1）PACS中的医学影像、检查报告和患者信息均属于甲方所有，乙方仅为提供本合同服务使用，不得复制、留存、对外提供或用于其他任何目的。
（2）乙方人员须通过甲方堡垒机进行运维操作，严禁将存储介质带出机房；更换下的硬盘由甲方留存或现场消磁销毁。
（3）乙方应遵守《数据安全法》《个人信息保护法》及医疗数据安全管理规定。发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第八条 保密
乙方及其人员对在服务过程中知悉的患者信息、医院业务信息和网络配置负有保密义务，驻场人员须签署保密承诺书。本条义务不因合同终止而解除。

第九条 知识产权
乙方在服务中为甲方编写的运维脚本、应急预案、知识库和运维报告，其知识产权归甲方所有，甲方可自由使用和修改。

第十条 违约责任
（1）乙方未按期完成服务接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方因违约给甲方造成损失的，累计赔偿责任以合同总价的200%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（3）甲方无故逾期付款的，每逾期一日，按应付金额的万分之三向乙方支付违约金。

第十一条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 不可抗力与廉洁
（1）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。
（2）乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。

第十五条 服务交接与资料
（1）服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商完成交接，交接内容包括系统账号及权限清单、设备配置、备份策略、运维记录、未关闭的故障工单和知识库。
（2）交接期间乙方应保持原服务水平，不得以合同终止为由中断服务。交接完成后，乙方应书面确认已删除其持有的甲方全部数据和账号。
（3）乙方应在每季度结束后5个工作日内提交季度运维报告，内容包括系统运行情况、故障统计与分析、存储容量使用趋势、风险提示及改进建议。

第十六条 其他
（1）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（2）附件一：运维设备及软件清单；附件二：故障分级及处理流程。

甲方：临川市中心医院（盖章）　　乙方：赣维医疗信息技术有限公司（盖章）
代表：__________　　代表：__________
日期：2025年6月25日
"""

Z05 = """# 蒸煮工序管理软件许可及定制开发合同

> 澄川智造标准合同文本 V2.3（乙方范本）

合同编号：HC-RJ-2025-0721

**甲方（买方）**：嘉禾粽香坊食品有限公司（以下简称“甲方”）
地址：嘉兴市南湖区东栅街道粽香路9号

**乙方（卖方）**：宁波澄川智造科技有限公司（以下简称“乙方”）
地址：宁波市鄞州区首南街道天童南路588号

甲方为粽子生产企业，拟对蒸煮车间的蒸煮工序实施数字化管理。乙方为该领域软件产品的开发商。双方根据《中华人民共和国民法典》，经平等协商，就乙方向甲方许可“澄川蒸煮工序管理软件”并提供定制开发服务事宜，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“澄川蒸煮工序管理软件”标准版的永久使用许可（1个工厂、6条蒸煮线、不限用户数）。

1.2 乙方按甲方需求进行定制开发，内容包括：蒸煮曲线（温度、压力、时间）配方管理与自动下发、蒸煮柜运行数据采集、与甲方MES系统的工单接口、批次追溯标签打印、异常报警推送。

1.3 乙方负责数据采集网关的配置、软件部署及现场实施，并对甲方操作人员进行培训。

## 第二条 合同价款

2.1 本合同总价为人民币732,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 澄川蒸煮工序管理软件标准版许可 | 360,000 |
| 2 | 定制开发（蒸煮曲线、数据采集、MES接口、追溯标签、报警推送） | 285,000 |
| 3 | 数据采集网关配置、部署及现场实施 | 75,000 |
| 4 | 操作培训 | 12,000 |
| | 合计 | 732,000 |

2.2 因甲方需求变更产生的额外开发工作量，按每人日2,800元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即366,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的50%，即366,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施。

## 第四条 交付

4.1 乙方应在收到预付款后75日内完成软件部署和定制开发，并在甲方蒸煮车间上线运行。

4.2 甲方应按乙方要求及时提供蒸煮工艺参数、现场网络和设备接口条件；因甲方原因造成的延误，交付期限相应顺延。

4.3 甲方应指定项目联系人，提供蒸煮柜控制器的通讯接口说明、现场网络和服务器运行环境，并安排操作人员参加培训。

4.4 乙方负责数据采集网关与蒸煮柜控制器之间的通讯调试，网关硬件由甲方另行采购。乙方应在部署前提交网络拓扑和数据采集点位表，经甲方设备部确认。

4.5 乙方应对甲方蒸煮班组长、工艺员和设备员进行操作培训，培训不少于3次，并提供电子版操作手册。

## 第五条 验收

5.1 软件在甲方蒸煮车间安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 上线运行后甲方发现的问题，乙方在免费维护期内予以处理。

## 第六条 免费维护与服务响应

6.1 免费维护期为六个月，自系统上线运行之日起计算。

6.2 免费维护期内，乙方提供远程技术支持。一级故障（蒸煮线无法下发配方或数据采集全部中断）乙方在8小时内响应，其他问题在2个工作日内响应。

6.3 乙方将尽力按上述时限处理故障，但不因响应或处理超时承担任何扣款、赔偿或违约金。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护服务合同，维护服务费按乙方届时公布的服务价格标准执行。

7.2 乙方有权根据产品版本升级情况调整维护服务内容。

## 第八条 知识产权

8.1 “澄川蒸煮工序管理软件”标准产品的知识产权归乙方所有。

8.2 乙方为甲方定制开发的蒸煮曲线模块、数据采集程序、MES接口程序及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据安全

9.1 系统运行中产生的蒸煮工艺数据、生产批次数据及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意并使用甲方提供的账号，乙方应采取访问控制、操作留痕等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作过程中获知的对方技术信息、配方工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条义务自本合同生效之日起至合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。

## 第十三条 甲乙双方的其他义务

13.1 甲方应保证提供的工艺参数真实、准确，并负责蒸煮柜、锅炉等生产设备本身的安全运行。

13.2 乙方应按国家有关食品生产企业信息系统的规定开展实施，实施人员进入车间须遵守甲方卫生管理制度，穿戴工作服和帽子。

13.3 乙方应在系统上线前提交部署说明、接口说明和用户手册。

13.4 系统运行所需的服务器、操作系统和数据库由甲方自行准备，乙方提供配置要求。因甲方服务器环境不符合配置要求导致的系统故障，不属于乙方维护范围。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应在事件发生后及时通知对方，并在10日内提供证明。受影响一方在不可抗力影响范围内免除责任。

## 第十五条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，提交宁波仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

16.2 双方通知以书面形式发送至本合同首部所列地址。

16.3 本范本条款由乙方提供，双方已就全部条款充分协商。

甲方（盖章）：嘉禾粽香坊食品有限公司　　乙方（盖章）：宁波澄川智造科技有限公司

授权代表：__________　　授权代表：__________

签订日期：2025年7月21日
"""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. TS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 June 2025 between:
P:(1) Foshan Hongjia Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 18 Lecong Industrial Avenue, Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Thermaikos Software S.A., a company incorporated in Greece, with its registered office at 41 Egnatia Street, 546 30 Thessaloniki, Greece (the "Vendor").
P:Background: The Customer manufactures panel and upholstered furniture in two plants in Foshan and wishes to plan production and optimise the cutting of boards and fabric with the Vendor's ThermaPlan software. The Vendor grants perpetual licences of ThermaPlan and provides implementation, integration and training services on the terms below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means ThermaPlan version 8, comprising the scheduling engine, the board-cutting optimiser, the fabric-nesting module and the shop-floor terminal client, with its documentation.
P:1.2 "Custom Deliverables" means everything the Vendor develops specifically for the Customer under this Agreement, including the ERP interface, the label and report templates, data-migration scripts and configuration files, in source and object form.
P:1.3 "Go-Live" means the first day on which both plants plan production in the Software. "Final Acceptance" has the meaning given in Article 5.
P:1.4 "Severity 1 Fault" means a fault that stops production planning or cutting optimisation in either plant, with no workaround.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 40 named users and one production server, for the internal business purposes of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Price
P:3.1 The total price is CNY 1,330,000, inclusive of applicable taxes, made up as follows:
P:(a) named-user licences, 40 x CNY 18,500: CNY 740,000;
P:(b) production server licence: CNY 160,000;
P:(Licence subtotal: CNY 900,000)
P:(c) implementation, configuration and ERP integration: CNY 386,000;
P:(d) training of planners, operators and key users: CNY 44,000.
P:3.2 The price is fixed. Travel and living expenses of the Vendor's consultants in Foshan are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 266,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the total price (CNY 598,500) within 30 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% (CNY 465,500) within 30 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 15 days after signature and shall achieve Go-Live no later than 31 October 2025, following the project plan in Annex 1.
P:5.2 Final Acceptance tests shall be carried out by the Customer with the Vendor's assistance after Go-Live. The Software passes when: (a) all test scripts in Annex 2 are executed without a Severity 1 or Severity 2 fault; (b) the board-cutting yield calculated by the Software for a reference set of 200 orders is within 1.5 percentage points of the yield measured on the saws; (c) orders, bills of materials and stock movements exchanged with the ERP system reconcile fully over ten consecutive working days; and (d) both plants have planned production in the Software for 20 working days without a Severity 1 Fault.
P:5.3 When the tests are passed the Customer shall sign a Final Acceptance certificate within five working days. Go-Live, use of the Software in production or any payment does not amount to acceptance.
P:5.4 If the Software fails the tests, the Vendor shall correct the faults at its own cost and the tests shall be repeated. If the Software fails a second time, the Customer may terminate this Agreement and recover all amounts paid.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 2 for 18 months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct all faults free of charge, provide all new releases and patches, and provide the support described in Article 7.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall provide a support desk by telephone, e-mail and remote session, staffed in Chinese and English from 08:00 to 20:00 China time on working days, with an on-call engineer for Severity 1 Faults at all other times.
P:7.2 The Vendor shall respond to a Severity 1 Fault within 1 hour and restore service or provide a workaround within 8 hours. Severity 2 Faults shall be answered within 2 hours and corrected within 3 working days.
P:7.3 For each full hour by which a response or restoration time for a Severity 1 Fault is exceeded, the Vendor shall pay or credit the Customer CNY 1,000.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence subtotal (CNY 99,000 per year) and is fixed for the first three support years; any later increase requires the written agreement of the parties and shall not exceed 3% per year. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Delay
P:8.1 If Go-Live is not achieved by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of 10% of the total price.
P:8.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the project.
H:Article 9 Customer Data and Security
P:9.1 All production orders, product structures, cost data and other data of the Customer processed with the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement.
P:9.2 The Software is installed on the Customer's servers in Foshan. The Vendor's staff may access them remotely only through the Customer's VPN, with a separate approval for each session, and shall not copy Customer Data outside the Customer's systems. Test data shall be provided by the Customer in anonymised form.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC when it handles Customer Data. It shall notify the Customer of any security incident affecting Customer Data within 24 hours and shall indemnify the Customer for losses caused by its breach of this Article.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and may not reuse the Custom Deliverables for other clients. The Customer may use, modify and license the Custom Deliverables freely.
P:10.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the total price. The limitation does not apply to personal injury, wilful misconduct, breach of Article 9 or Article 11, or infringement claims under Article 10.3.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Athens Chamber of Commerce and Industry. The arbitration shall take place in Thessaloniki and be conducted in English.
H:Article 16 General
P:16.1 Notices shall be given in writing to the addresses above, by courier or e-mail with confirmation of receipt.
P:16.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:16.3 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Test Scripts), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:Signed for the Customer: ____________________ Name / Title: ____________
P:Signed for the Vendor: ____________________ Name / Title: ____________
"""

E02 = """# ORDER FORM — Ariadne TableFlow Subscription

**Order Form No.** AT-OF-2025-0388
**Vendor:** Ariadne Hospitality Software S.A., 27 Leoforos Dimokratias, 713 06 Heraklion, Crete, Greece ("Ariadne")
**Customer:** Chengdu Laochengnan Hotpot Catering Management Co., Ltd., 66 Kehua North Road, Wuhou District, Chengdu, Sichuan, PRC ("Customer")
**Order date:** 3 July 2025

This Order Form and the General Terms attached to it form the agreement between Ariadne and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A — Order details

### A.1 Services ordered

Ariadne will provide its TableFlow restaurant platform as a hosted subscription service for Customer's 48 restaurants in Sichuan and Chongqing. TableFlow covers online table booking through Customer's WeChat mini-program, queue tickets and call-back, table status, pre-ordering, guest feedback and head-office dashboards. Onboarding includes configuration of the 48 restaurants, import of table plans and menus, integration with Customer's point-of-sale system and training of restaurant managers.

### A.2 Subscription Term

The Subscription Term is 24 months, starting on 1 August 2025 (the "Subscription Start Date") and ending on 31 July 2027. The period from 1 August 2025 to 31 July 2026 is the first "Subscription Year" and the period from 1 August 2026 to 31 July 2027 the second.

### A.3 Fees

At Customer's request all fees are quoted, invoiced and paid in Chinese yuan (CNY).

| Item | Quantity | Unit price | Amount |
|---|---|---|---|
| TableFlow subscription, per restaurant per month | 48 restaurants x 24 months | CNY 450 | CNY 518,400 |
| Onboarding (one-time) | 1 | CNY 36,000 | CNY 36,000 |
| **Total fees for the Subscription Term** | | | **CNY 554,400** |

Additional restaurants may be added at the same monthly price, pro rata to the end of the Subscription Term.

### A.4 Invoicing and payment

Subscription fees are invoiced quarterly in advance, CNY 64,800 per quarter, on the first day of each calendar quarter, the first invoice being issued on the Subscription Start Date. The onboarding fee is invoiced after Onboarding Acceptance under section A.5. Invoices are payable within 30 days. No other amount is payable before the Subscription Start Date.

### A.5 Onboarding and Onboarding Acceptance

Ariadne shall complete onboarding by 25 August 2025. Customer will then test the platform against the onboarding checklist in Schedule 1. Onboarding Acceptance occurs when: (a) all 48 restaurants accept bookings and issue queue tickets through the mini-program; (b) table status in TableFlow matches the point-of-sale system for ten consecutive trading days; (c) booking, queue and feedback reports for head office show the same figures as the restaurants' own daily reports; and (d) restaurant managers have completed training. Customer signs an Onboarding Acceptance certificate when these are met. Use of the platform in restaurants before that is not acceptance.

If Onboarding Acceptance is delayed beyond 25 August 2025 for reasons attributable to Ariadne, Ariadne shall pay Customer CNY 400 for each day of delay.

### A.6 Contacts

Ariadne: customer success manager for Greater China, Heraklion office, with a Chinese-speaking support team in Chengdu. Customer: IT manager, head office, Chengdu. Each party may change its contact by e-mail notice. The customer success manager shall hold a review meeting with Customer every quarter, covering service levels, incidents, open requests and planned releases, and shall send minutes within five business days.

## Part B — General Terms

### Section 1. The Service

1.1 Ariadne shall provide the Service in accordance with the documentation and this Agreement, using qualified staff and industry-standard practices.

1.2 The Service is hosted for Customer on Alibaba Cloud in the cn-chengdu region. Ariadne shall not move hosting outside mainland China.

1.3 Ariadne may improve the Service from time to time, provided the functions ordered in section A.1 are not reduced during the Subscription Term.

1.4 Ariadne shall provide support in Chinese by telephone, e-mail and a shared WeChat Work group from 09:00 to 23:00 China time every day, matching restaurant opening hours, and shall keep an engineer on call for Priority 1 incidents outside those hours.

1.5 Ariadne shall give Customer at least 14 days' notice of any release that changes the screens used by restaurant staff, with release notes in Chinese and short training videos.

1.6 Customer is responsible for its mini-program account, its point-of-sale system and the internet connections of its restaurants, and shall give Ariadne the access to them reasonably needed for onboarding and support.

### Section 2. Service Levels

2.1 Ariadne shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 02:00 and 06:00 China time.

2.2 Incidents are classified as follows. Priority 1: bookings or queue tickets cannot be created in three or more restaurants. Priority 2: a single restaurant or a single function is affected. Priority 3: questions and minor defects. Ariadne shall respond to a Priority 1 incident within 30 minutes and restore service within 3 hours, at all times; Priority 2 incidents within 2 hours during restaurant opening hours; Priority 3 within 2 business days.

2.3 If availability in a month falls below the level in Section 2.1, Ariadne shall credit Customer 5% of that month's subscription fees for each full percentage point (or part of one) of shortfall, up to 50% of the month's fees. If a Priority 1 incident is not restored within the time in Section 2.2, Ariadne shall credit a further 3% of the month's fees for each hour of delay. Credits are applied to the next invoice.

### Section 3. Customer Data

3.1 All data entered into or generated by the Service for Customer, including guest names, telephone numbers, bookings, queue records and feedback ("Customer Data"), belongs to Customer. Ariadne processes Customer Data only on Customer's instructions and only to provide the Service.

3.2 Ariadne shall protect Customer Data with encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logged administrative access and daily backups kept in mainland China. The Service holds a valid MLPS level 3 filing. Ariadne shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

3.3 Ariadne shall notify Customer of any personal information breach or other security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate in the investigation and remedy, and bear the costs and losses caused to Customer by an incident for which Ariadne is responsible.

3.4 Within 30 days after the end of the Agreement, Ariadne shall return all Customer Data in CSV format and then delete it, and shall confirm the deletion in writing.

### Section 4. Sub-processors

Ariadne shall not engage any subcontractor or sub-processor other than Alibaba Cloud without Customer's prior written consent, and remains responsible for all of them.

### Section 5. Intellectual Property

5.1 Ariadne owns the Service and its software.

5.2 Customer's brand materials, menus, table plans, configurations and report layouts created for Customer belong to Customer, which may use, modify and hand them to another provider freely.

### Section 6. Confidentiality

Each party shall keep the other's non-public information confidential, use it only for the Agreement and not disclose it to third parties without prior written consent, during the Agreement and for three years after it ends.

### Section 7. Renewal

7.1 At the end of the Subscription Term, the Agreement renews for successive Subscription Years at the same fees and on the same terms unless either party gives notice of non-renewal at least 60 days before the end of the current term.

7.2 Any change to the fees requires a new Order Form signed by both parties.

### Section 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Ariadne's total liability arising out of or in connection with the Agreement is limited to the subscription fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 Section 8.2 does not apply to personal injury, wilful misconduct or fraud.

### Section 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

9.2 Customer may also terminate if availability falls below 98% in any two consecutive months.

9.3 On termination by Customer under Section 9.1 or 9.2, Ariadne shall refund prepaid fees for the period after termination.

### Section 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### Section 11. General

11.1 Notices shall be in writing and sent to the contacts in section A.6 by e-mail with a copy by courier.

11.2 Neither party may assign the Agreement without the other's written consent.

11.3 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other promptly.

**Signed for Ariadne Hospitality Software S.A.:** ____________________ Date: __________

**Signed for Chengdu Laochengnan Hotpot Catering Management Co., Ltd.:** ____________________ Date: __________
"""

E03 = """
T:Supply and Installation Contract — Cold-Store Temperature Monitoring System
P:Contract No. BY-CC-2025-027
P:Buyer: Tianjin Beiyang Cold Chain Logistics Co., Ltd., 9 Haibin Ninth Road, Binhai New Area, Tianjin, PRC (the "Buyer").
P:Supplier: Maritsa Sensor Technologies EOOD, 112 Bulevard Bulgaria, 4003 Plovdiv, Bulgaria (the "Supplier").
P:The Buyer operates a cold-storage warehouse of 14 chambers (frozen, chilled and pharmaceutical-grade rooms) at its Lingang site in Tianjin. Following its tender of April 2025, the Buyer awards the Supplier the supply, installation and commissioning of a wireless temperature, humidity and door monitoring system. This Contract is the Buyer's standard form. All prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "System" means the sensors, gateways, edge server and monitoring software listed in Clause 2, installed and configured at the Site.
P:1.2 "Site" means the Buyer's Lingang cold-storage warehouse, including its loading docks and the control room.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer when all equipment is installed and switched on. It is not acceptance.
P:1.4 "Final Acceptance" means acceptance of the System under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System and train the Buyer's staff for the fixed Contract Price of CNY 555,000, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, calibrated, -40 to +60 °C|320|780|249,600
TB:2|Door-contact sensor|64|420|26,880
TB:3|LoRaWAN gateway, industrial|8|9,600|76,800
TB:4|Edge server with redundant disks|1|38,500|38,500
TB:5|Monitoring software, perpetual licence (500 points)|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||487,780
TB:6|Installation, calibration and commissioning|1|58,200|58,200
TB:7|Training|1|9,020|9,020
TB:|Contract Price|||555,000
P:2.2 The Contract Price includes delivery to the Site, customs clearance, import duties, taxes, installation materials and all travel of the Supplier's staff.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 55,500) within 15 working days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% (CNY 305,250) within 15 working days after the Installation Certificate.
P:3.3 The Buyer shall pay the remaining 35% (CNY 194,250) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Site within 60 days after signature and complete installation within 20 days after delivery, working in the chambers only at times agreed with the warehouse manager so that stock is not exposed to temperature excursions.
P:4.2 If delivery or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate this Contract under Clause 12.
P:4.3 The Supplier's staff shall follow the Buyer's site rules on cold-room safety, protective clothing, forklift traffic and hygiene in the pharmaceutical-grade rooms.
H:5. Acceptance
P:5.1 After the Installation Certificate the System shall run for 30 days in trial operation. Final Acceptance requires that: (a) every sensor reports at its configured interval with a data loss below 0.5% over the trial period; (b) each sensor's reading is within ±0.5 °C of a calibrated reference thermometer at three test points; (c) temperature and door alarms reach the duty staff by SMS and the app within 60 seconds in each of 20 simulated events; (d) the software produces the GSP temperature records and audit trail required for the pharmaceutical-grade rooms; and (e) calibration certificates for all sensors have been delivered.
P:5.2 When these criteria are met the Buyer signs a Final Acceptance certificate. Installation, use of the System or any payment does not mean acceptance. If the System fails, the Supplier shall remedy the defects at its cost and the tests are repeated.
H:6. Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective equipment free of charge, including batteries that fail early, and shall provide software updates and an annual recalibration of all sensors.
P:6.2 A defective sensor or gateway shall be replaced from a spare stock of ten sensors and one gateway that the Supplier keeps at the Site.
P:6.3 The Supplier shall keep spare parts and replacement sensors of the same or a compatible type available for at least eight years after Final Acceptance and shall tell the Buyer at least six months in advance if a model is discontinued.
H:6A. Documentation and Training
P:6A.1 Before Final Acceptance the Supplier shall deliver in Chinese and English: the sensor location drawing for every chamber, the network diagram, the gateway and server configuration records, the calibration certificates, the user and administrator manuals, and a maintenance manual covering battery replacement and recalibration.
P:6A.2 The Supplier shall train at least 12 of the Buyer's warehouse and quality staff in two sessions on alarm handling, report generation, battery replacement and the GSP record procedures, and shall provide a short written test. Training is complete when the Buyer's quality manager confirms it in writing.
H:7. Support and Service Levels
P:7.1 The Supplier shall provide support through its Chinese partner, Tianjin Haiheng Instruments Co., Ltd., which is approved by the Buyer on signature of this Contract for that purpose.
P:7.2 For a Severity 1 fault (monitoring or alarming of one or more chambers has stopped) the Supplier shall respond within 2 hours, arrive on Site within 6 hours and restore monitoring within 12 hours by replacement from the spare stock. Other faults shall be answered within one working day.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 500.
P:7.4 After the warranty the Buyer may order support, including recalibration and spare parts, at an annual fee of 8% of the Hardware and Licence Subtotal (CNY 39,022.40), fixed for three years after the warranty. Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Data
P:8.1 Temperature, humidity, door and alarm records and all reports generated by the System ("Buyer Data") belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:8.2 The System runs on the Buyer's network and edge server. The Supplier may access it remotely only with the Buyer's approval for each session through the Buyer's VPN, shall keep access logs and shall not copy Buyer Data off the Site. The Supplier shall comply with the Data Security Law of the PRC.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within 12 hours and is liable for the losses caused by an incident attributable to it.
H:9. Intellectual Property
P:9.1 The Supplier retains its rights in the monitoring software and firmware and grants the Buyer a perpetual licence to use them with the System.
P:9.2 Configurations, chamber maps, dashboards, report templates and interface scripts produced for the Buyer belong to the Buyer, which may use, modify and let third parties use them freely.
H:10. Confidentiality
P:Each party shall keep confidential the other's non-public information obtained under this Contract, including the Buyer's customer and stock information and the layout of the Site, and shall not disclose it without prior written consent. This obligation continues for three years after this Contract ends.
H:11. Liability and Subcontracting
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10.
P:11.2 Apart from the partner approved in Clause 7.1, the Supplier shall not subcontract any work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if a delay under Clause 4.2 exceeds 45 days.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment and services not accepted.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other promptly and provides evidence within 10 days.
P:14.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with a copy by courier, and take effect on receipt.
P:14.3 Any amendment of this Contract must be in writing and signed by authorised representatives of both parties.
P:14.4 This Contract is made in English and Chinese; both versions are equally valid. It takes effect on signature by both parties and, for Clause 3.1, on receipt of the bank guarantee.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement reference:** LMS-XM-2025-06

**Between**

**Lindos Managed Services S.A.**, 14 Odos Australias, 851 00 Rhodes, Greece (the "Provider"), and

**Xiamen Haiyun International Travel Service Co., Ltd.**, 201 Lujiang Road, Siming District, Xiamen, Fujian, PRC (the "Customer").

**Date:** 8 August 2025

The Customer runs 26 travel branches in Fujian and Guangdong and a head office in Xiamen. It wishes to outsource its end-user IT support, device management and Microsoft 365 administration. The Provider operates a managed service centre with a Mandarin-speaking team and has offered to take over these services. The parties agree as follows. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).

## Clause 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Clause 4.

1.3 "Minimum Term" means the 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its staff and its travellers that the Provider accesses or handles in performing the Services.

## Clause 2 — Services

2.1 The Provider shall perform the Services from the Service Commencement Date for the Minimum Term, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall assign a named service manager who holds a monthly service review with the Customer's IT manager and submits a monthly report on tickets, service levels, device compliance and open risks.

2.3 Either party may request changes to the Services. A change takes effect only when both parties sign a change note describing its scope, charges and effect on the service levels. The Provider shall not refuse a reasonable request for additional devices or branches at the unit rates in Schedule 3.

2.4 The Provider shall maintain a business continuity plan for its service centre, including a second location able to run the service desk, and shall test it at least once in each contract year and report the result to the Customer.

2.5 The Customer shall give the Provider's staff access to its systems, offices and branches as reasonably needed, and shall keep its licences for Microsoft 365 and its security software current.

## Clause 3 — Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,410,000, being the Monthly Service Charge for the Minimum Term and the one-time Transition Charge.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. Nothing is payable in advance.

3.3 Invoices are payable within 30 days of receipt of a valid VAT invoice issued by the Provider's Xiamen branch. Service credits under Schedule 2 are deducted from the next invoice.

3.4 The charges are fixed for the Minimum Term. Devices added beyond the baseline in Schedule 3 are charged at the unit rates in that schedule.

## Clause 4 — Transition

4.1 The Provider shall complete transition by 30 September 2025, following the transition plan agreed in the first week after signature.

4.2 Transition Acceptance requires that: (a) all 412 user devices and 26 branch networks are enrolled in the Provider's monitoring and device-management tools; (b) the service desk has handled live tickets for ten working days in parallel with the Customer's current supplier, meeting the Schedule 2 response times; (c) the knowledge base and runbooks have been reviewed by the Customer; and (d) administrative accounts have been handed over and documented. The Customer signs a Transition Acceptance certificate when the criteria are met. Starting to use the service desk is not acceptance.

4.3 If Transition Acceptance is delayed beyond 30 September 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

## Clause 5 — Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not sell, disclose or otherwise exploit it.

5.2 At the end of this Agreement the Provider shall return Customer Data in its possession to the Customer.

## Clause 6 — Confidentiality

6.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's traveller lists, supplier rates and network information, and use it only for this Agreement.

6.2 This obligation continues for three years after this Agreement ends.

## Clause 7 — Intellectual Property

7.1 The Provider keeps its tools, monitoring platform and general know-how.

7.2 Runbooks, scripts, device configurations, the knowledge base and reports produced for the Customer belong to the Customer, which may use, modify and pass them to another provider freely.

## Clause 8 — Personnel and Subcontracting

8.1 The Provider shall use trained staff who can work in Mandarin, and field engineers based in Xiamen, Fuzhou and Guangzhou for on-site visits.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for approved subcontractors.

## Clause 9 — Term and Renewal

9.1 This Agreement starts on signature and continues until the end of the Minimum Term.

9.2 It does not renew automatically. The parties may agree in writing on an extension at least 90 days before the end of the Minimum Term.

## Clause 10 — Termination

10.1 The Customer may not terminate this Agreement before the end of the Minimum Term. If the Provider fails to perform the Services, the Customer's remedies are the service credits under Schedule 2 and damages under Clause 11; the Agreement continues in force.

10.2 The Provider may suspend the Services if an undisputed invoice remains unpaid for more than 60 days after written reminder.

10.3 On expiry the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the daily rates in Schedule 3.

## Clause 11 — Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 Neither party is liable for indirect loss or loss of profit. The limits do not apply to personal injury or wilful misconduct.

## Clause 12 — Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Clause 13 — General

13.1 Notices shall be given in writing to the addresses above.

13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other promptly and takes reasonable steps to limit the effect.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be amended only by a written document signed by both parties. If a Schedule and the clauses conflict, the clauses prevail.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat Work and e-mail support in Mandarin for 480 users | 08:00–21:00 every day |
| Device management | Enrolment, patching, anti-malware status and software distribution for 412 laptops and desktops | Continuous monitoring |
| Branch networks | Monitoring and remote management of routers, switches and Wi-Fi in 26 branches | Continuous monitoring |
| Microsoft 365 administration | Accounts, licences, mailboxes, Teams and SharePoint permissions | Business days |
| On-site support | Field visits to head office and branches | Business days 09:00–18:00 |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Head office or three or more branches cannot issue tickets or use booking systems | 30 minutes | 6 hours |
| P2 | One branch or one business application affected | 1 hour | 1 business day |
| P3 | A single user affected | 2 business hours | 3 business days |

| Failure | Service credit |
|---|---|
| P1 response or resolution missed | 3% of the Monthly Service Charge per incident |
| Less than 95% of P2 and P3 tickets within target in a month | 5% of the Monthly Service Charge |
| Monthly report late by more than 5 business days | CNY 1,000 |

Service credits in a month are capped at 20% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge (baseline 480 users, 412 devices, 26 branches) | 36 months x CNY 38,000 | 1,368,000 |
| Transition Charge (one-time) | Payable after Transition Acceptance | 42,000 |
| **Total Contract Value** | | **1,410,000** |
| Additional device | per device per month | 65 |
| Exit support | per engineer day | 2,400 |

**For the Provider:** ____________________  **For the Customer:** ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: BMD-2025-CN-031
Date: 15 September 2025

PARTIES

Bar Maritime Data d.o.o., a company registered in Montenegro, Obala 13. jula bb, 85000 Bar, Montenegro ("Vendor"); and

Ningbo Hengyuan International Freight Forwarding Co., Ltd., a company registered in the People's Republic of China, 555 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang ("Customer").

BACKGROUND

Vendor collects vessel positions, port calls, berth schedules and estimated arrival times for container vessels calling at ports in the Mediterranean, the Adriatic and the Black Sea, and provides them through an application programming interface (the "API"). Customer is a freight forwarder that books containers from China to those regions and wishes to show its clients where their cargo is. The parties therefore agree as follows. All fees are stated and paid in Chinese yuan (CNY) at Customer's request.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel, port-call and schedule data that Vendor makes available through the API, and its documentation.

1.2 "Customer Data" means the container numbers, bills of lading, booking references, client names and other information that Customer sends to the API or stores in Vendor's systems, and the query logs that relate to them.

1.3 "Subscription Term" means the period from 1 October 2025 to 30 September 2027. The first "Subscription Year" runs from 1 October 2025 to 30 September 2026 and the second from 1 October 2026 to 30 September 2027.

1.4 "Derived Outputs" means the maps, notices, reports and other outputs that Customer creates by combining Vendor Data with its own data.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to store Vendor Data in its own systems and to display Vendor Data and Derived Outputs to its employees and to its clients through Customer's web portal and WeChat notifications.

2.2 Customer may not resell Vendor Data in bulk or make it available to other forwarders or data providers.

2.3 The Professional plan includes 3,000,000 API calls per Subscription Year, tracking of up to 8,000 containers at any time and access to the sandbox environment.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 16,500 per month, CNY 396,000 for the Subscription Term. There is no set-up fee.

3.2 Calls above the annual allowance are charged at CNY 120 per 10,000 calls, invoiced quarterly in arrears. Overage fees are not part of the subscription fee.

3.3 The subscription fee is invoiced quarterly in advance, CNY 49,500 per quarter, on the first day of each calendar quarter of the Subscription Term. Invoices are payable within 30 days.

3.4 The fees are fixed for the Subscription Term.

4. ONBOARDING AND ACCEPTANCE

4.1 Vendor shall provide sandbox keys within five business days after signature and production keys on 1 October 2025.

4.2 Within 20 business days after receiving the production keys, Customer may test the API. The API is accepted when: (a) every field listed in the Data Specification in Annex 1 is delivered in the documented format; (b) positions and port calls for a sample of 200 vessels named by Customer match public port-authority records; (c) estimated arrival times are updated at least every six hours for vessels on the covered routes; and (d) Customer's test system has called every endpoint successfully for five consecutive business days. Customer shall confirm acceptance in writing or give a written list of failures, which Vendor shall correct before the test is repeated.

5. SERVICE

5.1 Vendor will use commercially reasonable efforts to keep the API available and the Vendor Data up to date. Vendor makes no commitment as to availability, latency, response or resolution times.

5.2 Vendor provides support by e-mail and through its ticket portal during its business hours, 09:00 to 17:00 Central European Time on working days in Montenegro. Vendor will try to answer tickets promptly.

5.3 Vendor may carry out maintenance at any time and will try to announce planned maintenance on its status page in advance.

5.4 Customer may contact Vendor's account manager for questions about coverage, new routes or data quality. Vendor will consider in good faith Customer's requests to add ports or fields that are relevant to its trade lanes, without any obligation to do so within a fixed time.

5.5 Vendor publishes release notes for each new API version in its developer portal and provides a changelog by e-mail to Customer's technical contact.

5.6 Vendor may change the API, provided it gives Customer at least 90 days' notice of any change that removes an endpoint or field and keeps the previous version running during that period.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose, including its own analytics or products, and shall not disclose it to third parties.

6.2 Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support engineers with multi-factor authentication, access logs kept for at least six months, and deletion of query logs after 90 days. Customer Data shall be stored on servers in the European Union and shall not be copied elsewhere.

6.3 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall take immediate steps to contain it, and shall be responsible for the losses and costs that Customer suffers from an incident caused by Vendor's breach of this clause.

6.4 Customer is responsible for keeping its API keys secret and shall inform Vendor at once if a key is compromised. Customer shall not send personal information to the API other than client names needed for its notifications.

7. INTELLECTUAL PROPERTY

7.1 Vendor owns the API and the Vendor Data.

7.2 Customer owns its applications, its integration code and the Derived Outputs, and may use, modify and license them freely, subject to clause 2.2 for the Vendor Data they contain.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's client lists and routes and Vendor's pricing, use it only for this Agreement and not disclose it without prior written consent.

8.2 This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTING

Vendor shall not subcontract the provision of the API or support, or engage any sub-processor for Customer Data, without Customer's prior written consent. Vendor's current hosting provider, named in Annex 2, is approved by signature of this Agreement.

10. LIABILITY

10.1 Vendor's sole obligation if the API is unavailable or Vendor Data is late or incorrect is to restore the API and correct the data. No service credits, liquidated damages, penalties or refunds apply.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit or business.

10.3 Each party's total liability under this Agreement is limited to twice the fees payable for the Subscription Term, except for breach of clauses 6 and 8, wilful misconduct and fraud, which are not limited.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If Customer terminates under clause 11.2, Vendor shall refund fees paid for the period after termination.

11.4 On expiry or termination Customer shall stop calling the API. Customer may keep Vendor Data already included in Derived Outputs delivered to its clients. Vendor shall delete Customer Data within 30 days and confirm the deletion in writing.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai, conducted in English.

13. GENERAL

13.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

13.2 Neither party is liable for failure caused by events beyond its reasonable control, including failures of satellite or terrestrial AIS networks, provided it notifies the other party promptly.

13.3 Neither party may assign this Agreement without the other party's written consent.

13.4 This Agreement, with Annex 1 (Data Specification) and Annex 2 (Hosting Provider), is the entire agreement of the parties on its subject and supersedes the trial terms accepted by Customer for the sandbox.

13.5 Any amendment must be in writing and signed by authorised representatives of both parties. E-mail exchanges between technical contacts do not amend this Agreement.

13.6 This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

SIGNATURES

For Vendor: ____________________ Name / Title: ____________ Date: __________

For Customer: ____________________ Name / Title: ____________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Targets and labels
# ----------------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h580z01_trading_centre_e_platform_licence.pdf", "zh"),
    "z02": ("h580z02_textile_winder_control_retrofit.docx", "zh"),
    "z03": ("h580z03_beauty_chain_membership_saas.txt", "zh"),
    "z04": ("h580z04_hospital_pacs_annual_maintenance.txt", "zh"),
    "z05": ("h580z05_zongzi_cooking_mes_supplier_template.md", "zh"),
    "e01": ("h580e01_furniture_planning_licence_thessaloniki.pdf", "en"),
    "e02": ("h580e02_restaurant_booking_saas_order_form_crete.md", "en"),
    "e03": ("h580e03_cold_store_sensors_plovdiv.docx", "en"),
    "e04": ("h580e04_travel_branches_managed_it_rhodes.md", "en"),
    "e05": ("h580e05_vessel_data_api_montenegro.txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extras: sla_clause, ld_stated, capped (goods only), deemed, contract_value
T = {
    "z01": ("software", [99.5, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 2400000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 6, 22, False, True,
                         False, "PRC", G], (True, True, True, False, 1630000)),
    "z03": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 500 / 550000 * 100, None, None, True, None, None,
                      None, True, True, True, "PRC", S], (True, True, None, False, 550000)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, False,
                         True, False, "PRC", S], (True, True, None, False, 486000)),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, None, False,
                         True, None, None, G], (True, True, False, True, 732000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 1200 / 1330000 * 100, 150, 20, True, True, 18, 11,
                         False, True, False, "Greece", G], (True, True, True, False, 1330000)),
    "e02": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 400 / 554400 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], (True, True, None, False, 554400)),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False,
                         "PRC", G], (True, True, True, False, 555000)),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 900 / 1410000 * 100, 150, None, True, None, None,
                         None, False, False, False, "PRC", S], (True, True, None, False, 1410000)),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                      True, False, "PRC", S], (False, False, None, False, 396000)),
}
# design facts not in the labels: itemised licence/hardware subtotal (TCO fee base), forum outside mainland China
FEE_BASE = {"z01": 1280000, "z02": 1451400, "z05": 360000, "e01": 900000, "e03": 487780}
FOREIGN_FORUM = {"e01"}  # Thessaloniki arbitration
DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, vals, (sla, lds, capped, deemed, value) = T[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key][0], "language": NAMES[key][1], "category": cat, "expected_terms": terms,
            "expected_extra": extra}


def tco_share(key, lab):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence/hardware subtotal. None when not computable (fee unstated / uncapped)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(key, lab):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, lab)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan: no threshold figure anywhere in a text (digits, Chinese numerals or words)
# ----------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
ND = r"(?<![0-9.,])"  # not preceded by a digit, decimal point or thousands separator
THRESH = [
    ND + r"99\.9(?![0-9])",
    ND + r"4\s*(?:个\s*)?(?:小时|hours?\b|-?\s*hour|h\b)", r"(?<![十0-9])四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
    ND + r"240\s*(?:分钟|minutes?)",
    ND + r"0?\.05(?![0-9])" + PCT, r"万分之五(?![十0-9])", r"\bfive\s+basis\b",
    ND + r"100(?![0-9])" + PCT, r"百分之百", r"\bone\s+hundred\s+per", r"百分之一百",
    ND + r"30(?![0-9.])" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s+per",
    ND + r"12\s*(?:个\s*)?(?:月|months?\b|-\s*month)", r"(?<![0-9一二三四五六七八九])十二\s*个\s*月", r"\btwelve[\s-]*months?\b",
    r"(?<![第统每0-9])一\s*年(?!级)", r"\bone[\s-]*year\b", ND + r"1\s*(?:年(?!级)|years?\b)",
    ND + r"15(?![0-9.])" + PCT, r"百分之十五(?![点.])", r"\bfifteen\s+per",
    ND + r"40(?![0-9.])" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s+per",
    ND + r"5\s*(?:年(?!度)|years?\b|-\s*year)", r"(?<![0-9〇一二三四五六七八九十])五\s*年", r"\bfive[\s-]*years?\b",
    ND + r"60\s*(?:个\s*)?(?:月|months?\b)", r"六十\s*个\s*月", r"\bsixty\s+months?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "100 per cent", "30 percent", "within 4 hours"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "二十四小时", "0.055%", "130%", "215%", "1,500%", "每年", "Subscription Year", "14 hours", "312 months",
             "2015年", "65%", "35%", "45%", "第一年度服务", "0.5%", "二十四个月", "三年", "18 months", "8%", "25%",
             "200%", "24个月", "55%"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for rx in THRESH_RE:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
        assert threshold_hits("前文 " + s + " 后文"), "must hit in context: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ----------------------------------------------------------------------------------------------------------------------
# Read-back
# ----------------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


# ----------------------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: v for k, v in NAMES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in built}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, (name, lang) in NAMES.items():
        if k not in built:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)

    fired, problems = set(), []
    for k, (name, lang) in NAMES.items():
        lab = label(k)
        rules = rules_from_labels(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        lab["expected_rules"] = rules
        fired |= set(rules)
        # no label on a threshold
        t = lab["expected_terms"]
        for key, th in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(k, lab)
        assert share is None or abs(share - 40) > 2, (k, share)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        # threshold scan of the source and of the built file as read back
        text = read_back(OUT / name)
        for where, s in (("source", SRC[k]), ("file", text)):
            for h in threshold_hits(s):
                problems.append((name, where, h))
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((name, "length", n))
        extra = " (non-space %d)" % len(re.sub(r"\s", "", text)) if lang == "zh" else ""
        print("%-55s %s %5d%s %s risk=%s share=%s" % (name, lang, n, extra, ",".join(rules) or "(none)",
                                                     risk(rules), "%.2f" % share if share is not None else "-"))
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    mix = [risk(DESIGN[k]) for k in NAMES]
    print("all 20 rules fire; risks:", mix)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "fix the problems above"
