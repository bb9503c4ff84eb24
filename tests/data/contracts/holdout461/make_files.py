"""holdout461: builds ten ordinary draft contracts (z01-z05 Chinese, e01-e05 English), their labels, and checks
lengths, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青岚市林业局森林防火智能监测平台采购合同
P:合同编号：QLLY-ZFCG-2025-017    项目编号：QLCG2025-0342
P:采购人（甲方）：青岚市林业局  地址：青岚市松涛路18号
P:供应商（乙方）：杭州林瞰信息技术有限公司  地址：杭州市西湖区文三路259号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及青岚市森林防火智能监测平台采购项目（公开招标）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方在评标过程中作出的书面澄清均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林防火智能监测平台软件（永久许可）一套，并在该平台上完成定制开发、部署集成和培训，实现全市42个瞭望塔视频监控点、8套热成像双光谱相机和护林员巡护终端的统一接入。
P:1.2 定制开发内容包括：烟火智能识别模型对接及告警推送、护林员巡护App（含轨迹上报、火情上报、签到）、火情指挥调度一张图、与省级森林防火监测预警系统的数据接口。详细功能以附件1《需求规格说明书》为准。
P:1.3 平台部署在甲方政务云，乙方负责安装、配置、联调及与既有视频平台的对接，不另行收取费用。
P:1.4 乙方应派驻项目经理一名，在实施期间常驻甲方现场，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），为含税固定总价，包括软件许可、定制开发、部署集成、培训、质保期内服务及乙方完成本项目所需的一切费用。
TB:序号|项目|数量|金额（元）
TB:1|森林防火监测平台软件许可（永久，含GIS、视频、告警模块）|1套|860,000
TB:2|定制开发（识别对接、巡护App、指挥一张图、省级接口）|1项|540,000
TB:3|部署集成与联调|1项|126,000
TB:4|培训（管理员及护林员）|1项|24,000
TB:合计|||1,550,000
P:2.2 其中软件许可费为人民币860,000元，作为第六条维护费的计算基数。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方向乙方支付合同总价的20%作为预付款，乙方应同时提交等额的预付款保函。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的55%。
P:3.3 项目通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提交初步验收申请，初步验收后进行60日试运行。
P:4.2 初步验收标准：需求规格说明书所列功能全部实现；42个监控点全部接入，视频调阅延时不超过3秒；烟火识别告警从产生到推送至值班终端不超过30秒；与省级系统接口连续7日数据交换无差错；第三方软件测评机构出具的安全测试报告无高危漏洞。
P:4.3 试运行期满、期间未发生一级故障且遗留问题全部整改后，甲方组织最终验收，邀请护林防火业务科室和技术专家参加，形成书面验收报告。平台上线使用或甲方支付部分款项，均不视为验收合格。
P:4.4 最终验收时乙方应移交源代码、安装介质、部署文档、用户手册和运维手册。
H:第五条 质量保证与服务水平
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和现场技术支持，并在每年防火期前完成一次全面巡检。
P:5.2 平台月可用率不低于99.95%（计划内维护除外，须提前3日通知甲方，且防火紧要期内不得安排计划内维护）。
P:5.3 故障分级响应：一级故障（平台不可用或火情告警中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:5.4 乙方每超过规定响应或恢复时限1小时，向甲方支付500元；月可用率每低于约定值0.01个百分点，扣减质量保证金或当期维护费2,000元。
P:5.5 质保期内乙方每季度向甲方提交平台运行报告，内容包括可用率、故障处理和告警统计。
H:第六条 质保期后的维护
P:6.1 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过软件许可费的9%，即每年不超过人民币77,400元，质保期满后三个维护年度内不上调。
P:6.2 维护合同按年度另行签订，不自动续期。
P:6.3 质保期满后，甲方有权自行或委托第三方维护平台，乙方应提供必要的技术配合。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、接口程序、模型参数配置及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码和文档，甲方有权自行修改、使用和许可他人使用。
P:7.2 平台产品本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的视频、图像、告警记录、巡护轨迹及其他数据均归甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求实施安全措施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；发现数据泄露、篡改或丢失等安全事件时，应在1小时内报告甲方并立即采取处置措施。
P:8.3 因乙方原因导致数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第九条 违约责任
P:9.1 乙方未按第四条约定时间提交初步验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方交付的软件不符合验收标准且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十条 分包与转包
P:乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方；经同意分包的，乙方对分包部分承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除后，乙方应在10日内移交已完成的成果和甲方数据。
H:第十二条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商延期履行或解除合同。不可抗力事件持续超过30日的，任何一方可以书面通知解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。附件：1.需求规格说明书；2.投标分项报价表；3.培训计划。
P:甲方（盖章）：青岚市林业局    乙方（盖章）：杭州林瞰信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年5月20日    签订日期：2025年5月20日
"""

Z02 = """T:配料系统控制改造及维保合同
P:合同编号：FS-SB-2025-036
P:甲方（买方）：潍坊丰穗饲料有限公司    地址：山东省潍坊市寒亭区丰穗路6号
P:乙方（卖方）：无锡卓控自动化工程有限公司    地址：江苏省无锡市新吴区长江路88号
P:鉴于甲方二号车间配料生产线的控制系统已运行多年，设备老化、计量偏差较大，甲方决定对配料系统进行控制改造，乙方具备相应的自动化工程能力。双方经友好协商，就改造工程及后续维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责更换配料系统PLC控制柜、称重传感器及称重仪表、变频器，新增工控机及数据服务器，部署配料控制软件，并与甲方现有ERP系统对接，实现配方下达、自动配料、批次记录和报表统计。
P:（二）改造须在甲方安排的停产窗口内完成，停产窗口为10日，乙方应提前编制施工方案和回退方案，经甲方设备部确认后实施。
P:（三）乙方负责旧设备拆除，拆除物资归甲方所有，由乙方清点后移交甲方仓库。
P:（四）乙方应对改造后的系统进行完整的功能测试，包括手动与自动模式切换、断电恢复、秤体标定、配方切换及异常报警，并形成测试记录。
P:（五）乙方提供的设备应为全新原厂正品，附合格证、说明书及出厂检验报告，PLC及变频器品牌型号以附件一《设备清单》为准，未经甲方同意不得替换。
P:（六）乙方应在终验前对甲方操作工、电工及设备管理人员进行不少于3天的现场培训，使其能够独立完成日常操作、配方维护和简单故障处理。
H:二、合同价格
P:（一）本合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），含税，包括设备、软件、安装调试、培训及质保期内服务。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|2套|176,000|352,000
TB:2|称重传感器及称重仪表|24套|10,250|246,000
TB:3|变频器及电机保护装置|1批|118,000|118,000
TB:4|工控机及数据服务器|1批|86,000|86,000
TB:5|配料控制软件及ERP接口许可（永久）|1套|218,000|218,000
TB:软硬件小计||||1,020,000
TB:6|安装调试与改造施工|1项|148,000|148,000
TB:7|操作及维修培训|1项|12,000|12,000
TB:合计||||1,180,000
P:（二）上表软硬件小计人民币1,020,000元为本合同维保费的计算基数。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备到货安装完毕并恢复生产后，甲方支付合同总价的55%，到货安装不代表验收合格。
P:（三）终验合格后15个工作日内，甲方支付合同总价的35%。
P:（四）乙方收款前应开具等额增值税专用发票；甲方付款前，乙方应按约定提交相应阶段的交付文件。
H:四、交货与验收
P:（一）乙方应在合同签订后45日内将设备运至甲方厂区，在停产窗口内完成安装调试。设备到货时双方共同开箱清点，并签署到货清点单。
P:（二）验收标准：单种原料配料误差不超过千分之三，整批误差不超过千分之二；每批配料周期不超过原系统的90%；配方下达及批次数据与ERP核对一致；连续生产30日无一级故障。
P:（三）甲方在连续生产期满后10日内组织终验，签署终验报告。恢复生产或使用设备不视为终验合格。
P:（四）乙方应在终验时移交竣工图纸、PLC程序备份、软件安装介质、账号清单、操作手册及维修手册各两套，并对甲方指定人员进行交接。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:（二）故障响应：一级故障（配料线停机）乙方应在2小时内电话响应，8小时内到达现场；二级故障（单台设备故障但可手动运行）24小时内到达现场；三级故障在3个工作日内处理。
P:（三）乙方应在质保期内每季度上门巡检一次，出具巡检报告，并对称重系统进行校准。
P:（四）质保期内乙方应保证常用备件库存，备件到货时间不超过48小时；因乙方原因设备需返厂维修的，乙方应提供备用设备，保证配料线正常生产。
H:六、质保期后的维保
P:（一）质保期满后，乙方继续提供维保服务，包括定期巡检、校准、备件更换（备件费另计）及软件维护。
P:（二）维保费按每个维保年度软硬件小计的28%计取，即每年人民币285,600元，在维保年度开始后15日内支付。该费率在本合同有效期内固定不变。
P:（三）维保期间的故障响应按第五条第（二）项执行。
P:（四）每次巡检或维修后，乙方应出具服务报告，由甲方设备部签字确认，作为维保费结算依据。
H:七、知识产权
P:乙方为本项目编制的配方控制程序、ERP接口程序及其源代码、图纸和技术文档的知识产权归甲方所有，甲方可自行修改和使用。配料控制软件产品的著作权归乙方，乙方授予甲方永久使用许可。
H:八、数据安全与保密
P:（一）配方、原料采购价格、生产批次记录等数据归甲方所有。乙方仅为履行本合同访问上述数据，不得复制、带离或用于其他目的。
P:（二）乙方远程维护须经甲方书面批准，使用甲方提供的专用账号，维护结束后立即关闭；乙方人员离场前应清除其设备中的甲方数据。发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对在履行本合同中知悉的对方商业秘密负有保密义务，保密期限至该信息公开之日止。
P:（四）乙方在终验后应交回甲方提供的全部账号和门禁卡。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
P:（三）乙方交付的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:（四）乙方应为在甲方厂区作业的人员办理意外伤害保险，施工期间造成甲方设备、建筑物损坏的，由乙方负责修复或赔偿。
H:十、分包
P:乙方不得将本合同主体工作分包。电气施工等辅助工作需要分包的，须事先取得甲方书面同意。经同意分包的，乙方对分包方的工作质量和安全承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。乙方逾期交货超过30日的，甲方亦有权解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交潍坊仲裁委员会仲裁。
H:十三、其他
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产及卫生管理制度，动火、登高、临时用电作业须办理作业票；因乙方人员违章造成人身伤害或财产损失的，由乙方承担责任。
P:（二）本合同附件包括：附件一《设备清单》、附件二《改造施工方案》、附件三《验收测试大纲》、附件四《培训计划》，附件与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：潍坊丰穗饲料有限公司（盖章）    乙方：无锡卓控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
P:日期：2025年6月9日    日期：2025年6月9日
"""

Z03 = """栖木咖啡门店点单及会员系统服务合同

合同编号：QM-IT-2025-011

甲方（客户）：上海栖木咖啡餐饮管理有限公司
地址：上海市静安区昌平路1008号
乙方（服务商）：广州云点信息科技有限公司
地址：广州市天河区珠江新城花城大道66号

鉴于甲方在上海、杭州、苏州经营46家直营咖啡门店，需要统一的门店点单收银、小程序点单和会员营销系统；乙方以软件即服务（SaaS）方式提供“云点”餐饮系统并负责实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方46家门店提供“云点”SaaS服务，包括门店收银点单、小程序及外卖平台订单聚合、出杯屏、库存与原料管理、会员储值与积分、优惠券营销及经营报表。
1.2 乙方负责实施服务：门店开通与设备调试（收银机、出杯屏、标签打印机由甲方自备）、商品及配方数据导入、原会员系统约18万名会员及储值余额迁移、门店员工及区域经理培训。
1.3 乙方为甲方定制小程序点单页面及与甲方财务系统的对账接口。
1.4 乙方应为甲方配备专属项目经理及客户成功经理，上线后每季度提交一次运营分析报告，并在收到甲方通知后5个工作日内完成新开门店的开通。

2. 服务期限
2.1 服务期为两个服务年度，自2025年4月1日至2027年3月31日。第一个服务年度自2025年4月1日起算。
2.2 服务期满前60日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
2.3 续期时乙方有权根据其当年标准价格调整服务费，调整幅度不超过上一服务年度费用的8%，乙方应在服务期满前45日书面通知甲方调整后的价格。
2.4 甲方在服务期内有权调整门店数量及功能模块，费用按第3.2款结算。

3. 费用
3.1 本合同费用如下（人民币，含税）：
（1）门店SaaS服务费：每店每服务年度4,800元，46家门店合计每服务年度220,800元；
（2）会员营销中台模块：每服务年度36,000元；
以上年度服务费合计每服务年度256,800元，两个服务年度合计513,600元；
（3）一次性实施费：48,000元（含会员迁移、小程序页面定制及对账接口开发）。
3.2 合同总额为人民币561,600元。服务期内新开门店按每店每服务年度4,800元按月折算增加，闭店门店自次月起相应扣减。
3.3 实施费在上线验收合格后15日内支付。第一个服务年度的服务费在上线验收合格后15日内支付，第二个服务年度的服务费在该服务年度开始后15日内支付。乙方在每次收款前开具增值税专用发票。
3.4 甲方按约定付款后，乙方不得以任何理由暂停门店服务；双方存在争议的，应先行协商处理。

4. 实施与上线验收
4.1 乙方应在2025年5月31日前完成全部46家门店上线。
4.2 上线验收标准：46家门店均可正常收银和接单；小程序下单到出杯屏显示不超过3秒；会员人数、储值余额和积分迁移后与原系统逐一核对无差异；连续7日日结对账与甲方财务系统一致；完成不少于两轮门店员工培训。
4.3 甲方在乙方提交上线报告后7日内组织验收，签署上线验收单。未经签署的，门店试用不视为验收合格。
4.4 乙方应在上线前完成收银离线模式测试，保证网络中断时门店仍可离线收银不少于2小时，网络恢复后自动上传订单。
4.5 因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方按合同总额的万分之八向甲方支付违约金。

5. 服务水平
5.1 乙方保证系统月可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前3日通知。
5.2 故障响应：一级故障（多家门店无法收银或小程序无法下单）30分钟内响应、2小时内恢复；二级故障（单店无法收银或部分功能不可用）1小时内响应、8小时内解决；三级故障下一个工作日内处理。乙方提供7×24小时服务热线。
5.3 当月可用率低于约定值的，按以下标准以当月服务费抵扣：低于99.5%但不低于99%的，抵扣当月服务费的5%；低于99%的，抵扣当月服务费的10%。一级故障超过恢复时限的，每超过1小时另抵扣1,000元。
5.4 乙方应每月向甲方提供服务报告，内容包括当月可用率、故障记录、处理时长及抵扣金额。

6. 数据与安全
6.1 甲方的订单、会员、储值、商品及经营数据归甲方所有。乙方仅为向甲方提供本合同服务处理该等数据，不得用于其他目的，不得向任何第三方提供。
6.2 乙方应遵守《个人信息保护法》和《数据安全法》，对会员个人信息加密存储，按最小权限管理访问，保留操作日志不少于六个月，系统部署在中国境内的数据中心。
6.3 发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方，配合甲方处置和向监管部门报告，并赔偿因其原因给甲方造成的全部损失。
6.4 本合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。
6.5 乙方对会员个人信息的处理应以实现点单、会员积分和营销推送为限，营销短信和推送须按甲方指令发送，乙方不得自行向会员发送任何营销信息。

7. 知识产权
7.1 “云点”系统及其标准功能的知识产权归乙方所有。
7.2 乙方为甲方定制的小程序页面设计、对账接口程序及相关文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。

8. 保密
双方对在合作中获知的对方商业秘密和经营信息承担保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

9. 违约与责任限额
9.1 乙方违反本合同约定的，应承担违约责任，赔偿甲方因此遭受的损失。
9.2 乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但因数据安全事件、侵犯知识产权或故意、重大过失造成的损失不受此限。
9.3 一方违约给对方造成损失的，还应承担对方为维权支付的合理律师费、诉讼费或仲裁费。

10. 分包
乙方不得将实施服务分包给第三方，确需由当地服务商协助门店设备调试的，应事先取得甲方书面同意。乙方应确保其实施人员遵守甲方门店管理制度和食品安全卫生要求。

11. 合同解除
11.1 乙方严重违约，或连续两个月可用率低于99%的，甲方有权书面通知解除合同，乙方应退还已付未履行期间的服务费。
11.2 甲方逾期付款超过30日，经乙方催告后仍未支付的，乙方可暂停服务。
11.3 合同终止或解除的，乙方应按第6.4款交还数据，并在交接期内继续提供服务，交接期不超过30日，服务费按实际天数结算。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。附件：服务功能清单、上线实施计划、服务水平说明。

甲方：上海栖木咖啡餐饮管理有限公司（盖章）      乙方：广州云点信息科技有限公司（盖章）
授权代表：____________                           授权代表：____________
日期：2025年3月18日                              日期：2025年3月18日
"""

Z04 = """青川市档案馆数字档案馆系统年度运维服务合同

合同编号：QCDAG-YW-2025-03
采购方式：竞争性磋商

甲方：青川市档案馆
地址：青川市政务中心东区8号楼
乙方：成都蓉档信息技术有限公司
地址：成都市高新区天府大道中段500号

根据青川市档案馆数字档案馆系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方本着平等自愿的原则，订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

第一章 服务范围
（1）乙方负责甲方数字档案馆系统的日常运行维护，范围包括：档案管理系统、电子档案长期保存系统、档案利用服务平台、数字化成果管理模块及其数据库、中间件和存储备份系统。
（2）乙方派驻2名具有档案信息化运维经验的工程师在甲方现场工作，工作日8:30至17:30在岗，节假日按甲方安排值守。驻场工程师应持有相应的数据库或系统运维认证。
（3）乙方负责系统巡检、补丁更新、数据库维护、备份检查、异地容灾演练、等级保护测评配合及安全加固，以及甲方提出的小型功能调整（每个服务年度不超过60人日）。
（4）乙方应建立运维值班制度和应急响应机制，制订数字档案馆系统应急预案，每半个服务年度组织一次应急演练，并将演练记录报甲方备案。
（5）乙方应配合甲方完成档案数据的长期保存检测，包括真实性、完整性、可用性和安全性检测，并按甲方要求出具检测报告。
（6）乙方应每月核查档案管理系统的用户账号和权限，发现离职人员账号或异常权限的，应及时报甲方处理。

第二章 服务期限
（1）服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
（2）服务期满本合同即终止，不自动续期。甲方如需继续采购，将另行组织采购程序。
（3）乙方应在服务期满前60日提交运维总结及交接计划，并配合甲方在新的服务商进场时完成交接，交接期不少于15日。

第三章 合同价款与支付
（1）本合同总价为人民币伍拾伍万捌仟元整（¥558,000），含税固定总价：
  驻场运维服务318,000元；
  系统软件维护与小型功能调整146,000元；
  数据备份与异地容灾巡检58,000元；
  等保测评配合及安全加固36,000元。
（2）甲方不支付预付款。合同价款按季度支付，每季度末经甲方考核合格后15个工作日内支付当季费用，即每季度139,500元，考核扣减从当季费用中扣除。
（3）乙方应在每次付款前提供合法发票。
（4）合同价款为固定总价，服务期内不因人工、材料等价格变化而调整；甲方新增的超出本合同范围的服务，双方另行协商。

第四章 服务水平
（1）系统月可用率不低于99.95%，计划内维护须提前5个工作日报甲方批准，并安排在非开放时段进行。
（2）故障响应：一级故障（系统整体不可用、数据损坏或安全事件）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障（一般问题和咨询）1个工作日内解决。
（3）每月5日前提交上月运维报告，包括可用率、故障处理、巡检和备份情况；每季度完成一次备份恢复测试，每个服务年度完成一次异地容灾切换演练。
（4）乙方驻场工程师不得擅自更换；确需更换的，应提前10个工作日书面报甲方同意，新人员资质不得低于原人员，并完成工作交接。
（5）乙方应建立运维工单系统，记录每一次故障和服务请求的发生时间、响应时间、处理过程和结果，工单记录作为考核依据，甲方可随时查阅。
（6）乙方应在节假日及重大活动期间制定保障方案，安排专人值守。

第五章 考核与验收
（1）甲方按附件《运维服务考核表》每季度考核一次，考核内容包括可用率、故障响应及时率、巡检和备份完成率、人员到岗率和用户满意度，考核得分低于90分的为不合格。
（2）服务期满后10个工作日内，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因造成的档案数据丢失；运维文档、配置清单和操作手册完整移交。
（3）年度验收合格后，甲方出具年度验收报告；验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可从最后一季度费用中扣减相应金额。
（4）乙方应在服务期满时将全部运维文档、巡检报告和工单记录整理成册移交甲方。

第六章 考核扣减与违约责任
（1）可用率每低于约定值0.01个百分点，扣减当季费用1,000元；一级故障每超过响应或恢复时限1小时，扣减500元；驻场人员无故缺岗的，每人每日扣减800元。
（2）乙方未按约定期限完成容灾演练、安全加固或等保整改任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（3）因乙方原因造成档案数据丢失或损坏的，乙方应负责恢复并赔偿甲方全部损失。
（4）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付利息。

第七章 数据安全
（1）数字档案馆系统中的全部档案数据、元数据、日志及备份介质均属于甲方，乙方不得复制、带离、留存或用于本合同以外的任何目的。
（2）乙方人员须签署安全承诺书，仅在甲方机房或经甲方批准的堡垒机上操作，禁止使用移动存储介质；所有操作须留存审计日志。
（3）发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成安全事件的，乙方承担全部法律责任和赔偿责任。
（4）乙方应配合甲方开展网络安全等级保护测评、密码应用安全性评估和档案信息系统安全检查，对发现的问题在规定期限内完成整改。
（5）服务期满或合同解除时，乙方应交还全部账号、口令、文档和介质，并书面确认未留存甲方数据。

第八章 保密
乙方及其人员对在服务中接触的档案内容、未开放档案、系统账号及网络配置负有保密义务，不得以任何形式泄露。保密义务不因合同终止而解除。乙方应与驻场人员签订保密协议，并将协议副本报甲方备案。

第九章 成果与知识产权
乙方在服务中编写的运维脚本、配置文档、巡检报告和小型功能调整的程序代码，其知识产权均归甲方所有，乙方应随时向甲方移交。

第十章 分包
本项目不得分包或转包。乙方驻场人员须为乙方正式员工，并由乙方缴纳社会保险。

第十一章 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。合同解除后，乙方应在10日内完成工作交接，并继续履行第七章、第八章约定的义务。

第十二章 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。争议解决期间，乙方不得中断运维服务。

第十三章 其他
本合同一式四份，甲乙双方各执两份，自双方签章之日起生效。未尽事宜，双方另行签订补充协议。附件：1.运维服务考核表；2.系统清单及配置说明；3.驻场人员名单及资质证明；4.应急预案。

甲方（盖章）：青川市档案馆          乙方（盖章）：成都蓉档信息技术有限公司
负责人：__________                  法定代表人或授权代表：__________
日期：2025年6月20日                 日期：2025年6月20日
"""

Z05 = """# 溯码质量追溯系统软件许可及定制开发合同

**（深圳溯码科技有限公司标准合同文本 SM-HT-V4.1）**

合同编号：SM2025-0716

甲方（用户）：苏州桂香斋食品有限公司
地址：江苏省苏州市吴中区木渎镇香溪路28号

乙方（开发方）：深圳溯码科技有限公司
地址：深圳市南山区科技园高新南七道9号

甲方为月饼、糕点及礼盒产品的生产企业，为满足食品生产质量追溯要求，拟引进乙方“溯码”质量追溯系统。经双方协商，甲方同意按本标准文本与乙方签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯码”质量追溯系统软件许可（永久，50个并发用户），并根据甲方需求进行定制开发和实施。

1.2 定制开发内容：原辅料入库批次管理（面粉、糖、油、馅料及包材）、生产工序记录（和面、包馅、成型、烘烤、冷却、包装）、礼盒一物一码赋码与关联、经销商扫码出入库、消费者扫码查询页面，以及与甲方ERP的物料接口。

1.3 乙方负责系统安装部署、赋码设备接口对接和用户培训。赋码设备、扫码枪及服务器由甲方另行采购。

1.4 乙方负责将甲方现有Excel格式的原辅料供应商资料及近两个生产季的批次记录导入系统。

1.5 系统支持从原料到成品的正向追溯和从成品到原料的反向追溯，追溯查询在正常网络条件下一般不超过5秒返回结果。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯码质量追溯系统软件许可（永久，50并发） | 420,000 |
| 2 | 定制开发（批次、工序、赋码关联、渠道、查询页面、ERP接口） | 360,000 |
| 3 | 赋码设备接口对接与实施部署 | 96,000 |
| 4 | 用户培训 | 14,000 |
| | **合计** | **890,000** |

合同总价为人民币捌拾玖万元整（¥890,000），含增值税。上述价格不含服务器、操作系统、数据库软件、赋码设备及耗材费用，如需乙方代购，另行报价。

## 第三条 付款方式

3.1 本合同签订后7个工作日内，甲方支付合同总价的50%，即人民币445,000元，乙方收款后启动开发工作。

3.2 系统上线运行后7个工作日内，甲方支付合同剩余50%，即人民币445,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停开发及技术支持。

3.4 乙方在收到每期款项后开具增值税专用发票。价款以人民币结算，乙方收款账户以本合同首页记载为准。

## 第四条 交付与验收

4.1 乙方在收到首期款后75个工作日内完成开发和部署，并通知甲方上线。甲方应在中秋生产季前配合完成数据准备和人员安排。

4.2 系统安装部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的修改意见，由乙方评估后作为后续优化处理。

4.3 因甲方原因（包括需求变更、数据未按时提供、设备未到位）造成延期的，交付时间相应顺延。

4.4 乙方在上线时向甲方提供用户操作手册和管理员手册电子版各一份。上线后甲方发现的缺陷，由乙方在免费维护期内按第七条处理。

## 第五条 知识产权

5.1 “溯码”系统软件的著作权及相关知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、程序源代码、接口程序及相关文档的知识产权均归乙方所有。乙方授予甲方在本企业内部使用上述成果的非独占许可，甲方不得修改、反编译或提供给第三方。

5.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

5.4 甲方使用第三方软件或硬件与本系统对接的，须事先取得乙方书面同意，因此产生的接口开发费用另行计算。

## 第六条 数据

6.1 甲方在系统中录入和产生的生产、批次及渠道数据归甲方所有。

6.2 乙方应采取访问控制、数据加密和定期备份等措施保护甲方数据安全，未经甲方同意不得向第三方提供甲方数据；因乙方过错导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

6.3 甲方同意，乙方可以对系统运行数据及消费者扫码数据进行去标识化处理后，用于乙方产品改进、行业质量分析报告及向其他客户提供的基准对比服务。

6.4 系统部署在甲方自有服务器上，甲方负责服务器的运行环境、网络安全和日常备份。

## 第七条 免费维护与后续服务

7.1 系统上线后六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

7.2 乙方在工作日9:00至18:00通过电话、微信群及远程方式提供技术支持，并尽合理努力及时解决甲方提出的问题。

7.3 免费维护期满后，甲方如需继续获得技术支持、版本升级及缺陷修复，应与乙方签订年度维护合同，维护费用按乙方届时公布的服务价格标准执行。

7.4 乙方提供的远程技术支持不包括甲方新增需求、报表调整和因甲方操作不当造成的问题处理，该等服务按乙方人员服务单价另行计费，每人日人民币2,800元。

7.5 版本升级由乙方统一安排，甲方不得拒绝必要的安全升级。

## 第八条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。乙方为宣传需要，可将甲方名称和商标列入乙方客户名单。

## 第九条 违约责任

9.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担任何间接损失、利润损失或产品召回损失。

9.3 甲方未按约定提供需求确认、测试数据或配合人员，导致项目延期超过30日的，乙方有权解除合同，已收款项不予退还。

9.4 甲方在合同履行期间及终止后两年内聘用乙方项目人员的，应向乙方支付人民币100,000元的补偿。

## 第十条 合同解除

任何一方严重违反本合同，经守约方书面通知后30日内仍未纠正的，守约方有权书面解除本合同，并要求违约方赔偿损失。甲方无故提前解除合同的，已支付款项不予退还，且应支付全部剩余合同款项。

## 第十一条 不可抗力

因不可抗力导致本合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供证明。不可抗力影响持续超过60日的，双方均可解除合同。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同其他条款。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

13.3 本合同附件包括：《软件功能清单》《定制开发需求说明书》《实施计划》。附件内容与本合同正文不一致的，以本合同正文为准。本合同的任何修改须经双方书面确认。

甲方（盖章）：苏州桂香斋食品有限公司　　　　乙方（盖章）：深圳溯码科技有限公司

授权代表：__________　　　　授权代表：__________

日期：2025年4月8日　　　　日期：2025年4月8日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HVS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 May 2025 between:
P:(1) Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 66 Haibin Avenue, Tianjin (the "Customer"); and
P:(2) Hunter Valley Logistics Software Pty Ltd, a company incorporated in New South Wales, Australia, with its registered office at 12 Honeysuckle Drive, Newcastle NSW 2300 (the "Vendor").
P:Background: The Customer operates three temperature-controlled warehouses in Tianjin and wishes to replace its warehouse management system. The Vendor develops and licenses the ColdStore WMS warehouse management software and provides implementation services. The Customer selected the Vendor after a competitive evaluation, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdStore WMS software in object code, including the modules listed in Article 3, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other materials developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
P:1.4 "Support Year" means the period starting on the day after the Warranty Period ends, and each following period starting on an anniversary of that day and ending on the day before the next anniversary.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in the People's Republic of China for the internal business of the Customer and its wholly owned subsidiaries, for the number of named users stated in Article 3.
P:2.2 The Customer may make a reasonable number of copies of the Software for back-up, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by law.
H:Article 3 Scope and Price
P:3.1 All prices are in Chinese yuan (CNY), as requested by the Customer, and include all taxes and withholding applicable to the Vendor.
TB:Item|Description|Quantity|Amount (CNY)
TB:1|ColdStore WMS server licence (perpetual)|1|520,000
TB:2|Named user licences (perpetual)|60|228,000
TB:3|RF handheld and cold-room module licence (perpetual)|1|92,000
TB:Licence subtotal|||840,000
TB:4|Configuration and integration with the Customer's ERP and TMS|1|310,000
TB:5|Data migration from the legacy system|1|64,000
TB:6|Training (key users and administrators)|1|26,000
TB:Total Contract Price|||1,240,000
P:3.2 The Total Contract Price of CNY 1,240,000 is fixed. The Licence subtotal of CNY 840,000 is the base for the support fee in Article 7.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Total Contract Price within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Total Contract Price within 20 days after the Installation Certificate. The Installation Certificate only confirms that the Software is installed and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 45% of the Total Contract Price within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and submit the Software for acceptance testing within 120 days after signature, in accordance with the implementation plan in Annex 1.
P:5.2 Acceptance tests are based on the test plan in Annex 2 and include: all functions in the requirements specification; receipt, put-away, picking and dispatch of at least 2,000 pallets in a parallel run; inventory reconciliation with the legacy system without unexplained difference; temperature alarms from the cold rooms shown in the Software within 10 seconds; ERP and TMS interfaces operating for 10 consecutive working days without error; and no open Severity 1 or Severity 2 defect.
P:5.3 After the Software has passed the tests and operated in production for 30 days without a Severity 1 defect, the Customer shall issue Final Acceptance in writing. Go-live, production use or payment does not mean acceptance.
P:5.4 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 8% of the Total Contract Price.
P:5.5 The Vendor shall appoint a project manager fluent in Chinese and English, who shall attend weekly progress meetings with the Customer, on site in Tianjin or by video, and report on progress, risks and open issues.
H:Article 6 Warranty and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for a Warranty Period of 18 months from Final Acceptance. During the Warranty Period the Vendor shall correct defects and provide updates, remote support and on-site support free of charge.
P:6.2 The Vendor shall respond to Severity 1 incidents (a warehouse cannot receive or dispatch goods) within 1 hour at any time and restore service or provide a workaround within 8 hours; Severity 2 incidents within 2 hours during business hours; and Severity 3 incidents within 2 business days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 800 against the next payment or support invoice.
P:6.4 During the Warranty Period the Vendor shall also carry out two on-site health checks in each year at the Customer's warehouses and give a written report on system performance and recommended actions.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Vendor shall offer annual support on the same service levels. The support fee shall be 11% of the Licence subtotal, that is CNY 92,400 for each Support Year, and shall not increase during the first three Support Years.
P:7.2 Support is ordered by a separate purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables pass to the Customer on payment. The Vendor shall deliver their source code and documentation with Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 9 Data Protection
P:9.1 All data entered into or generated by the Software, including inventory, customer and shipment records, belongs to the Customer. The Vendor may use it only to perform this Agreement.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and named accounts, shall not copy Customer data outside the Customer's environment, and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:9.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer data and is responsible for the losses caused by any incident resulting from its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of Article 9.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, less a fair amount for any deliverables the Customer elects to keep.
H:Article 14 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of New South Wales, Australia.
P:15.2 The parties submit to the non-exclusive jurisdiction of the courts of New South Wales. Before starting proceedings, the parties shall try in good faith to settle any dispute by negotiation between senior managers for 30 days.
H:Article 16 General
P:This Agreement, with Annex 1 (Implementation Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The Agreement is signed in English in two originals.  Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the prior written consent of the other party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# Kea Learning — Order Form No. KL-CN-0392

**Customer:** Hangzhou Xinghe Department Store Co., Ltd., 18 Yan'an Road, Shangcheng District, Hangzhou, PRC ("Customer")

**Provider:** Kea Learning Limited, 210 Cashel Street, Christchurch 8011, New Zealand ("Kea")

This Order Form is entered into on 3 March 2025 and incorporates the Kea General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Form

**A1. Service.** Kea Learn, Kea's cloud learning management platform, for staff training in the Customer's 14 department stores and head office, including course catalogue, mobile learning app, assessments, certificates, manager dashboards, and the Content Studio authoring module.

**A2. Subscription Term.** Two Subscription Years, from 1 April 2025 (the "Subscription Start Date") to 31 March 2027. "Subscription Year" means 1 April 2025 to 31 March 2026, and 1 April 2026 to 31 March 2027.

**A3. Fees.** At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY) and include applicable taxes.

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Learner seats | 1,800 | 160 | 288,000 |
| Content Studio authoring module | 1 | 42,000 | 42,000 |
| Subscription fees per Subscription Year | | | 330,000 |
| Subscription fees for the Subscription Term (two Subscription Years) | | | 660,000 |
| Onboarding services (one-time) | 1 | 36,000 | 36,000 |
| **Total Contract Value** | | | **696,000** |

Additional learner seats may be added at CNY 160 per seat per Subscription Year, pro rata.

**A4. Invoicing.** (a) The fee for the first Subscription Year is invoiced on the Subscription Start Date, and the fee for the second Subscription Year on 1 April 2026. (b) The onboarding fee is invoiced after Go-Live Acceptance. (c) Invoices are payable within 30 days by bank transfer in CNY.

**A5. Onboarding.** Kea will, by 31 March 2025: configure the Customer's tenant with Chinese and English interfaces; set up single sign-on with the Customer's identity provider; import the staff list and organisational structure of 1,800 employees; migrate 120 existing courses and completion records from the Customer's current system; and train 40 store trainers.  Kea will appoint a named onboarding manager who speaks Mandarin and who will attend a weekly progress call with the Customer's project team until Go-Live Acceptance.

**A6. Go-Live Acceptance.** The Customer will test the onboarding against the following criteria: all 1,800 accounts can log in through single sign-on; all 120 migrated courses play on the web and on the app; completion records reconcile with the source system without difference; a sample of 50 staff complete an assessment and receive certificates; and dashboards show correct results for each store. When the criteria are met, the Customer signs a Go-Live Acceptance certificate. Use of the service before then is not acceptance. If onboarding is late, Kea will continue the work without additional charge and the parties will agree a new go-live date.

**A7. Renewal.** The subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

**A8. Contacts.** Customer: Ms Zhou Lan, Training Director. Kea: Mr Tom Hale, Account Director.

Signed for the Customer: ____________________  Signed for Kea: ____________________

## Part B — Kea General Terms

### Section 1 Use of the Service

1.1 Kea grants the Customer a non-exclusive right to use the service during the Subscription Term for the training of its employees and contractors.

1.2 The Customer is responsible for its users' compliance with these General Terms and for keeping login credentials secure.

1.3 Kea may update the service from time to time, provided that updates do not materially reduce its functionality.

1.4 The Customer shall not use the service to upload unlawful content or to send unsolicited messages, and shall not attempt to disrupt the service or gain unauthorised access to it.

### Section 2 Service Levels

2.1 Kea will make the service available 99.95% of the time in each calendar month, measured by Kea's monitoring, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Kea will respond to Priority 1 incidents (the service is unavailable or users cannot log in) within 30 minutes, and use continuous efforts until they are resolved. Priority 2 incidents are answered within 2 hours and Priority 3 incidents within one business day.

2.3 If monthly availability falls below the level in Section 2.1, the Customer will receive a service credit of 5% of the monthly fee for each 0.1 percentage point below that level, up to 25% of the monthly fee. If a Priority 1 response is late, the Customer receives an additional credit of CNY 1,000 per incident. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

2.4 Kea will provide a monthly service report showing availability, incidents, response times and credits due, and will hold a review meeting with the Customer's training team each quarter.

### Section 3 Customer Content and Data

3.1 As between the parties, all course content uploaded by the Customer, all learner records, assessment results and other Customer Data belong to the Customer.

3.2 Kea hosts the service for the Customer in a data centre in mainland China operated by a cloud provider holding an MLPS level 3 record. Kea encrypts Customer Data in transit and at rest, restricts access to named support staff, keeps access logs, and runs an annual penetration test.

3.3 Kea will notify the Customer within 24 hours after becoming aware of a security breach affecting Customer Data, cooperate with the Customer's investigation and any notification to authorities, and is responsible for the losses caused to the Customer by a breach that results from Kea's failure to comply with this Section 3.

3.4 The Customer grants Kea a perpetual licence to use anonymised and aggregated data derived from the Customer's use of the service, including course completion rates, assessment scores and usage patterns, to improve Kea's products, to train its recommendation features, and to publish industry benchmarks. This licence continues after the Subscription Term ends.

3.5 Within 30 days after the Subscription Term, Kea will export the Customer Data in a standard format and then delete it from the service.

### Section 4 Intellectual Property

4.1 Kea owns the service, the platform and its standard course templates.

4.2 Courses, assessments and materials created for or by the Customer, including any content Kea creates during onboarding at the Customer's request, belong to the Customer, which may use, modify and license them freely.

4.3 Kea may use the general know-how and techniques it learns in providing the service, provided it does not disclose Customer Data or the Customer's confidential information.

### Section 5 Confidentiality

5.1 Each party will keep the other party's confidential information confidential, use it only for the purposes of this agreement, and disclose it only to those of its employees and advisers who need to know it and are bound by similar duties.

5.2 These duties last for three years after the end of the Subscription Term.

### Section 6 Subcontracting

6.1 Kea may not subcontract the provision of the service or the onboarding services without the Customer's prior written consent, except for the hosting provider named in this Order Form, which the Customer approves by signing it.

6.2 Kea remains responsible for the acts and omissions of its subcontractors.

### Section 7 Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses or loss of profit.

7.2 Kea's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the nine months before the event giving rise to the claim.

7.3 The limits in this Section 7 do not apply to liability for death or personal injury, fraud, or wilful misconduct.

### Section 8 Term and Termination

8.1 This agreement runs for the Subscription Term.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

8.3 If the Customer terminates under Section 8.2, Kea will refund the prepaid fees for the remaining part of the Subscription Term.

8.4 On expiry or termination, the Customer's access ends and Section 3.5 applies.

### Section 9 Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding on both parties.

### Section 10 General

10.1 Notices must be in writing and sent to the contacts in the Order Form.

10.2 Neither party may assign this agreement without the other party's written consent.

10.3 This agreement is the entire agreement of the parties about its subject matter and replaces any earlier proposal or quotation.

10.4 Kea shall comply with all laws applicable to the service in the People's Republic of China, including the laws on cybersecurity, data security and personal information.

10.5 If any provision of this agreement is held invalid, the remaining provisions remain in effect.
"""

E03 = """T:Purchase Contract for Wireless Condition-Monitoring Sensors
P:Contract No. DGHY-EQ-2025-019
P:Buyer: Dongguan Hengyuan Paper Co., Ltd., No. 8 Binjiang Road, Machong Town, Dongguan, Guangdong, PRC (the "Buyer")
P:Supplier: Sahyadri Sensing Systems Pvt. Ltd., Plot 41, Hinjewadi Phase II, Pune 411057, Maharashtra, India (the "Supplier")
P:The Buyer operates two paper machines, a stock preparation line and a boiler house at its Machong mill and wishes to monitor the vibration and temperature of its pumps, fans, drives and rolls. Following the Buyer's request for quotation, the Supplier submitted its offer, and the parties agree on the following terms, written on the Buyer's standard form.
H:1. Scope of Supply
LN:The Supplier shall supply, install and commission a wireless condition-monitoring system comprising the sensors, gateways, edge servers and analytics software listed in clause 2, covering 180 measurement points identified in Annex 1.
LN:The Supplier shall provide a project manager and a commissioning engineer who are on site during installation and speak English or Chinese; any interpreter needed is provided by the Supplier at its own cost.
LN:The Supplier shall mount the sensors, configure the gateways on the Buyer's plant network, install the analytics software on the edge servers, set alarm thresholds with the Buyer's maintenance engineers and connect the system to the Buyer's maintenance management system.
LN:The Supplier shall supply the operating manuals, mounting drawings, network diagrams and the asset and sensor register in Chinese and English.
H:2. Price
P:2.1 All prices are in Chinese yuan (CNY), fixed, and include delivery DDP Machong mill, import duties, taxes and the Supplier's travel costs.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless tri-axial vibration and temperature sensor|180|2,600|468,000
TB:2|Industrial wireless gateway|24|9,500|228,000
TB:3|Edge server (redundant pair)|2|48,000|96,000
TB:4|Analytics software, perpetual site licence|1|186,000|186,000
TB:Hardware and Licence Subtotal||||978,000
TB:5|Installation, commissioning and integration|1|112,000|112,000
TB:6|Training of maintenance staff|1|18,000|18,000
TB:Contract Price||||1,108,000
P:2.2 The Hardware and Licence Subtotal of CNY 978,000 is the base for the support fee in clause 7.
P:2.3 The Buyer may order additional sensors and gateways at the unit prices in clause 2.1 until the end of the warranty.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price within 30 days after all items are delivered and installed and the Buyer signs the Installation Certificate. The Installation Certificate is not acceptance of the system.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its authorised PRC agent.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all items within 60 days after signature and complete installation within 25 days after delivery, during the maintenance shutdowns notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules, including permit-to-work, lock-out and hot-work procedures.
P:4.3 If the Supplier delivers or completes installation late for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under clause 12.
P:4.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and the radio type approval (SRRC) certificates required for use of the sensors and gateways in China.
P:4.5 Risk in the goods passes to the Buyer when they are delivered to the mill; ownership passes on payment of the instalment under clause 3.2.
H:5. Acceptance
P:5.1 After installation the system shall run for 30 consecutive days, after which the Buyer tests it against the following criteria: all 180 sensors report data at the configured interval with a data loss below 0.5%; measured vibration agrees with a calibrated portable analyser within 5% on a sample of 20 points; alarms reach the maintenance management system within 60 seconds; sensor battery status is reported for every sensor; and no Severity 1 fault occurred during the run.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate. If not, the Supplier shall remedy the defects at its cost and the test is repeated. Delivery, installation, use or payment does not constitute acceptance.
P:5.3 The Supplier shall attend the acceptance tests and provide the test instruments needed for them.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants all hardware and software for 36 months from Final Acceptance. Defective sensors, gateways and servers are replaced free of charge, including shipping and import costs, and software defects are corrected free of charge.
P:6.2 The Supplier keeps a stock of spare sensors and one spare gateway at the Buyer's site during the warranty.
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Loss of monitoring for a paper machine or the analytics server|30 minutes (remote)|8 hours
TB:Severity 2|Loss of a gateway or of several sensors|2 hours|2 business days
TB:Severity 3|Single sensor fault or minor software issue|1 business day|5 business days
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, deducted from the next payment or claimed under the warranty bond.
P:6.4 The Supplier shall provide software and firmware updates free of charge during the warranty, after testing them on the Buyer's test gateway and agreeing the installation time with the Buyer's maintenance department.
P:6.5 The Supplier shall provide a quarterly report on sensor health, battery replacement needs and alarms raised, and shall attend a review meeting with the Buyer's maintenance engineers.
H:7. Support after Warranty
P:7.1 After the warranty, the Supplier shall provide support on the same service levels for a fee of 7.5% of the Hardware and Licence Subtotal per year, that is CNY 73,350 per year, fixed for the two years after the warranty.
P:7.2 Support is ordered yearly by the Buyer's purchase order and does not renew automatically.
P:7.3 Spare parts needed after the warranty are supplied at the prices in the Supplier's offer, which remain valid for the two years after the warranty.
H:8. Intellectual Property
P:8.1 The Supplier keeps all rights in its analytics software and sensor firmware and grants the Buyer a perpetual licence to use them at the Machong mill.
P:8.2 Alarm rules, dashboards, integration scripts and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 All measurement data, asset data and network information belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The system shall store data only on the Buyer's edge servers. The Supplier's remote access requires the Buyer's approval for each session, through the Buyer's VPN and jump server, and is logged. The Supplier shall not copy Buyer data to its own systems.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer data within 12 hours and is liable for the losses caused by incidents attributable to it.
P:9.4 At the end of the warranty, or earlier at the Buyer's request, the Supplier shall delete any Buyer data held by its staff and confirm the deletion in writing.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's process and production data, and shall not disclose it without prior written consent. This clause survives termination for three years.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice. The Supplier shall then refund amounts paid for items not accepted and bear the Buyer's direct losses.  The Buyer may also terminate if the delay damages under clause 4.3 reach their maximum.
H:13. Force Majeure
P:Neither party is liable for failure caused by force majeure, provided it notifies the other party within 7 days and takes reasonable steps to limit the effects.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. Miscellaneous
P:This Contract is made in English and Chinese, both texts being equally authentic, and takes effect on signature by both parties. Annex 1: Measurement point list. Annex 2: Acceptance test procedure.  Notices shall be in writing and delivered by hand, courier or email to the addresses above. Neither party may assign this Contract without the other party's written consent. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 26 June 2025    Date: 26 June 2025
"""

E04 = """# MANAGED IT AND NETWORK SERVICES AGREEMENT

**Agreement No.:** KMN-CR-2025-07

**Date:** 10 July 2025

**Customer:** China Ruixiang Road and Bridge Construction Co., Ltd., 9 Jianguo Road, Chaoyang District, Beijing, PRC (the "Customer")

**Provider:** Kumul Managed Networks Limited, Section 34, Lot 12, Air Corps Road, Lae, Morobe Province, Papua New Guinea (the "Provider")

## BACKGROUND

The Customer is building the Highlands road upgrade project in Papua New Guinea and operates four project camps along the route. The Customer wishes to engage the Provider to run the network, Wi-Fi, satellite links and end-user IT support at the camps, and the Provider has agreed to do so on the terms below.

## DEFINITIONS

"Services" means the services described in Schedule 1. "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under the clause headed ACCEPTANCE. "Initial Term" means 24 months from the Service Commencement Date. "Monthly Charges" means the charges in Schedule 2.

## SERVICES

The Provider shall provide the Services at the four camps listed in Schedule 1 in accordance with this Agreement, good industry practice and the Customer's site rules, including its safety, security and camp conduct rules. The Provider shall keep an up-to-date inventory of all network equipment and configurations and give the Customer a copy every month.

## TRANSITION

The Provider shall, within 45 days after the date of this Agreement, take over the existing network equipment, document the current configuration, replace the two failed satellite modems supplied by the Customer, and set up the service desk. If the Service Commencement Date does not occur within 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## ACCEPTANCE

Before the Service Commencement Date, the parties shall jointly check that: all four camps have working Wi-Fi coverage in offices, dormitories and canteens; the satellite links reach the contracted bandwidth; the service desk receives and logs calls; monitoring alarms reach the Provider's network operations centre; and all documentation listed in Schedule 1 has been delivered. When these criteria are met, the Customer signs the Service Commencement Certificate.

## CHARGES AND PAYMENT

At the Customer's request all charges are in Chinese yuan (CNY). The Monthly Charges are invoiced monthly in arrears and paid within 30 days. The transition fee is invoiced after the Service Commencement Date. The Customer pays no advance. Charges are fixed for the Initial Term.

## SERVICE LEVELS

The Provider shall meet the service levels in Schedule 3. Because the camps are remote, the Provider's response to a Priority 1 incident is within 6 hours. If the Provider misses a service level, it shall grant the service credits in Schedule 3. Service credits are deducted from the next invoice.

## STAFFING

The Provider shall assign a service manager based in Lae who is responsible for the Services and attends a monthly service review with the Customer's IT manager, at a camp or by video. The Provider's field engineers shall hold valid work permits, complete the Customer's safety induction before entering a camp, and follow the camp rules on alcohol, security and movement.

## REPORTING

Each month the Provider shall deliver a service report showing incidents by priority, response and restoration times, link availability, bandwidth use, security patches applied and credits due. Each quarter the parties shall review the report and agree any improvement actions.

## CUSTOMER RESPONSIBILITIES

The Customer shall provide power, rack space, secure storage for spare equipment and accommodation for the Provider's staff at each camp, and shall give the Provider's staff reasonable access to the network rooms.

## EQUIPMENT

Network equipment at the camps remains the property of the Customer. The Provider shall keep spare access points and switches at Lae and at one camp and replace failed equipment from this stock; replacement equipment is purchased by the Customer at prices agreed in advance.

## CUSTOMER DATA AND SECURITY

All data on the Customer's network and devices, including email, project documents, drawings and personnel records, belongs to the Customer. The Provider may access it only as needed to provide the Services and shall not copy, keep or use it for any other purpose. The Provider shall use named administrator accounts with multi-factor authentication, keep logs of all administrative access, apply security patches within 14 days of release, and maintain firewall and anti-malware protection. The Provider shall notify the Customer within 12 hours of any security incident and is liable for losses caused by incidents resulting from its failure to meet these duties.

## CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, including the Customer's project, cost and personnel information, and shall use it only for this Agreement. This obligation survives the end of this Agreement for three years.

## INTELLECTUAL PROPERTY

Network designs, configuration files, scripts and documentation prepared by the Provider for the Customer belong to the Customer, which may use and modify them and give them to any later service provider.

## SUBCONTRACTING

The Provider shall not subcontract the Services without the Customer's prior written consent, except for the satellite capacity supplier named in Schedule 1. The Provider remains responsible for its subcontractors.

## LIABILITY

The Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Initial Term. This limit does not apply to death or personal injury, wilful misconduct or breach of the clause headed CUSTOMER DATA AND SECURITY.

## TERM AND TERMINATION

This Agreement starts on its date and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment signed by both parties. Neither party may terminate this Agreement before the end of the Initial Term, except that either party may terminate by written notice if the other party becomes insolvent or enters into liquidation. The service credits in Schedule 3 and the delay payments under the clause headed TRANSITION are the Customer's remedies for service failures, and the Customer shall continue to pay the Monthly Charges for the whole Initial Term.

## EXIT

At the end of this Agreement the Provider shall cooperate in the handover to the Customer or a new provider for up to 30 days, return all Customer equipment and data, and delete Customer data from its own systems.

## FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as severe weather, landslides, civil unrest or the failure of public power or satellite networks, provided it informs the other party promptly.

## INSURANCE

The Provider shall keep public liability insurance and workers' compensation insurance for its staff in Papua New Guinea and provide certificates on request.

## NOTICES

Notices shall be given in writing to the addresses above, by courier or by email to the contacts named in Schedule 1.

## GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

## SCHEDULE 1 — SERVICES AND SITES

| Camp | Location | Users | Services |
|---|---|---|---|
| Camp 1 | Kainantu | 70 | LAN, Wi-Fi, satellite link, service desk |
| Camp 2 | Goroka | 60 | LAN, Wi-Fi, satellite link, service desk |
| Camp 3 | Chuave | 50 | LAN, Wi-Fi, satellite link, service desk |
| Camp 4 | Kundiawa | 40 | LAN, Wi-Fi, satellite link, service desk |

Services at every camp: monitoring of network devices and links from the Provider's operations centre in Lae; service desk by phone, email and chat in English and Chinese from 06:00 to 22:00 local time every day; end-user support for laptops, printers and phones; monthly service reports; and a quarterly service review.

## SCHEDULE 2 — CHARGES

| Item | Basis | Monthly Charge (CNY) | Total over Initial Term (CNY) |
|---|---|---|---|
| Network and Wi-Fi management | 4 camps × 9,800 | 39,200 | 940,800 |
| Service desk and end-user support | 220 users × 85 | 18,700 | 448,800 |
| Satellite link management | 4 links | 6,100 | 146,400 |
| Monthly Charges | | 64,000 | 1,536,000 |
| Transition fee (one-time) | | | 58,000 |
| Total Contract Value | | | 1,594,000 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Restoration |
|---|---|---|---|
| Priority 1 | Camp without network or satellite link | 6 hours | 14 hours |
| Priority 2 | Wi-Fi down in one building | 1 business day | 2 business days |
| Priority 3 | Single user or device problem | 2 business days | 3 business days |

| Service level missed | Credit |
|---|---|
| Priority 1 response late | CNY 1,500 per incident |
| Priority 1 restoration late | CNY 800 per hour |
| Monthly report late | CNY 500 |

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - TEA AUCTION MARKET DATA API

Agreement No.: CTD-XM-2025-118
Date: 22 August 2025

Between:
Xiamen Yunfeng Tea Trading Co., Ltd., 88 Lujiang Road, Siming District, Xiamen, Fujian, PRC (the "Customer"); and
Ceylon Tea Data (Private) Limited, 45 Sir Chittampalam A. Gardiner Mawatha, Colombo 02, Sri Lanka (the "Provider").

Background
The Customer imports black tea from Sri Lanka and other origins for blending and resale in China. The Provider collects and publishes price, volume and grading data from the Colombo tea auctions and other producing markets and makes it available through an application programming interface (the "API"). The Customer wishes to subscribe to the API to feed its purchasing and pricing systems.  It buys mainly from the Colombo auctions for its blended breakfast teas and its Ceylon single-estate range, and uses the price data to plan its purchasing and to agree prices with its customers in China.

Clause 1 Definitions
1.1 "Data" means the auction results, price indices, grading and catalogue data, weather and crop reports and other content made available by the Provider through the API or in files.
1.2 "Customer Data" means the information the Customer sends to or stores in the Provider's systems, including watchlists, saved queries, estate and grade preferences, user accounts and API call logs.
1.3 "Subscription Year" means 1 October 2025 to 30 September 2026, and 1 October 2026 to 30 September 2027.
1.4 "Connection Acceptance" means the Customer's written confirmation under Clause 4.

Clause 2 Subscription
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API, to use the Data in its internal systems and reports, and to show Data to its employees and to its group companies in mainland China.
2.2 The Customer may not resell the Data or publish it in bulk, but may use figures derived from the Data in its own price lists, contracts and management reports.
2.3 The Subscription Term is two Subscription Years, starting on 1 October 2025 (the "Service Start Date").
2.4 The Customer may add user accounts at CNY 2,000 per account per Subscription Year, pro rata for part of a Subscription Year.

Clause 3 Fees
3.1 At the Customer's request, all fees are in Chinese yuan (CNY) and include taxes. The fees are:
(a) API subscription, Professional plan, including 600,000 API calls per Subscription Year and 15 user accounts: CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term;
(b) historical data set of Colombo auction results for the last ten seasons, delivered once as files: CNY 24,000;
(c) integration support (mapping of grades and estates to the Customer's product codes and help with connecting the Customer's purchasing system): CNY 12,000.
3.2 The Total Contract Value is CNY 372,000. API calls above the included volume are charged at CNY 0.08 per call and are invoiced quarterly in arrears; they are not part of the Total Contract Value.
3.3 The fee for each Subscription Year is invoiced on the first day of that Subscription Year. The fees under Clause 3.1(b) and (c) are invoiced after Connection Acceptance. All invoices are payable within 30 days.
3.5 If the Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall try to resolve the dispute within 30 days.
3.4 Fees are fixed for the Subscription Term and for any renewal under Clause 11.2.

Clause 4 Connection and Acceptance
4.1 The Provider shall, before the Service Start Date, issue API credentials, deliver the historical data set, complete the grade and estate mapping, and support the Customer's IT team in connecting its purchasing system.
4.2 The Customer shall test the connection against these criteria: all endpoints listed in Schedule A return data in the documented format; the historical data set loads without error and matches the Provider's published totals for each season; auction results appear in the API within 2 hours after publication by the auction brokers; the mapping covers all grades the Customer bought in the last two seasons; and the Customer's purchasing system receives daily prices for 10 consecutive working days without manual correction.
4.3 When the criteria are met, the Customer signs a Connection Acceptance. Use of the API before then is not acceptance.
4.4 If Connection Acceptance is delayed beyond the Service Start Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, and the Subscription Term is extended by the same number of days without charge.
4.5 The Provider shall provide API documentation in English, sample code and a test environment with sample data from at least three past auction sales.

Clause 5 Service Levels
5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out on Sundays between 00:00 and 04:00 Colombo time.
5.2 The Provider shall publish auction results within 2 hours after the brokers publish them on each auction day.
5.3 The Provider shall respond to a Priority 1 incident (the API is unavailable, or returns wrong or missing auction data) within 1 hour and resolve it within 6 hours. Priority 2 incidents are answered within one business day and resolved within three business days.
5.4 If monthly availability is below the level in Clause 5.1, or a Priority 1 incident is not resolved in time, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each breach, up to 20% in any month, set off against the next invoice or paid at the end of the Subscription Term.
5.5 The Provider shall provide monthly usage and availability reports through its customer portal.

Clause 6 Data and Customer Data
6.1 The Provider owns the Data, subject to the rights granted in Clause 2.
6.2 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and support to the Customer, and shall not disclose it to any other customer, broker or producer.
6.3 On expiry or termination, the Provider shall return the Customer's watchlists and saved queries in a standard format on request.

Clause 7 Intellectual Property
7.1 The mapping tables, connection scripts and other materials made by the Provider specifically for the Customer under Clause 3.1(c) belong to the Customer, which may use, modify and license them freely.
7.2 The Provider warrants that the Data and the API do not infringe the rights of any third party and shall defend the Customer against any such claim.
7.3 The Customer may cite the Data in its internal and customer documents with the source "Ceylon Tea Data".

Clause 8 Confidentiality
8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchasing volumes, prices and preferences, and shall not disclose it to any third party without prior written consent.
8.2 This clause continues for three years after the end of this Agreement.

Clause 9 Subcontracting
9.1 The Provider may engage subcontractors, including hosting providers, data collection agents at the auction centres and support contractors, to perform any part of this Agreement, by giving the Customer written notice of each new subcontractor.
9.2 The Provider remains responsible for the performance of its subcontractors.

Clause 10 Liability
10.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from price movements.
10.2 The Provider's total liability under this Agreement is limited to two times the Total Contract Value. This limit does not apply to fraud or wilful misconduct.

Clause 11 Term, Renewal and Termination
11.1 This Agreement starts on its date and ends at the end of the Subscription Term.
11.2 Unless either party gives written notice at least 60 days before the end of the Subscription Term, this Agreement renews for one further Subscription Year at the same fees.
11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

Clause 12 Force Majeure
Neither party is liable for failures caused by events beyond its reasonable control, including the suspension of auctions by the authorities, provided it informs the other party promptly.  If a force majeure event lasts more than 60 days, either party may terminate this Agreement by written notice.

Clause 13 Governing Law and Disputes
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

Clause 14 General
14.1 This Agreement, with Schedule A (API endpoints and data fields), is the entire agreement of the parties.
14.2 Notices shall be sent by email and courier to the addresses above.
14.3 Neither party may assign this Agreement without the prior written consent of the other party, except to a company in the same group.
14.4 This Agreement is written in English; a Chinese translation may be prepared for the Customer's internal use.

Signed for the Customer: ______________________    Signed for the Provider: ______________________
Name and title: ______________________    Name and title: ______________________
"""

# ---------------------------------------------------------------- design: labels and the rules I expect
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

D = {}


def d(key, name, fmt, lang, category, terms, extra, design_rules, forum_outside=False, tco=None):
    assert list(terms) == T, key
    D[key] = dict(name=name, fmt=fmt, lang=lang, category=category, terms=terms, extra=extra,
                  design=sorted(design_rules), forum_outside=forum_outside, tco=tco)


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    base.update(kw)
    return {k: base[k] for k in T}


def extra(goods, capped=None, sla=True, ld=True, deemed=False, value=None):
    e = {"sla_clause": sla, "ld_stated": ld}
    if goods:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


d("z01", "h461z01_forestry_fire_monitoring_platform.pdf", "pdf", "zh", "software",
  terms(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.03,
        prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
        contract_kind="goods_or_licence"),
  extra(True, capped=True, value=1550000), ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
  tco=dict(value=1550000, base=860000, warranty=24, fee=9))
d("z02", "h461z02_feed_mill_batching_control_retrofit.docx", "docx", "zh", "hardware",
  terms(p1_response_hours=2, sla_remedy=False, ld_rate_per_day_pct=0.1, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
        contract_kind="goods_or_licence"),
  extra(True, capped=True, value=1180000), ["CR-SLA-NO-REMEDY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
  tco=dict(value=1180000, base=1020000, warranty=18, fee=28))
d("z03", "h461z03_coffee_chain_ordering_membership_saas.txt", "txt", "zh", "cloud",
  terms(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
        auto_renewal_price_increase=True),
  extra(False, value=561600), ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"])
d("z04", "h461z04_archives_digital_archive_annual_om.txt", "txt", "zh", "services",
  terms(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
  extra(False, value=558000), [])
d("z05", "h461z05_mooncake_traceability_supplier_template.md", "md", "zh", "software",
  terms(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02,
        liability_cap_pct=25, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
        warranty_months=6, governing_law=None, subcontract_without_consent=None, contract_kind="goods_or_licence"),
  extra(True, capped=False, sla=False, deemed=True, value=890000),
  ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
   "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE"])
d("e01", "h461e01_cold_chain_wms_licence_nsw_vendor.pdf", "pdf", "en", "software",
  terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
        governing_law="New South Wales", contract_kind="goods_or_licence"),
  extra(True, capped=True, value=1240000), ["CR-GOVERNING-LAW"],
  forum_outside=True, tco=dict(value=1240000, base=840000, warranty=18, fee=11))
d("e02", "h461e02_retail_learning_saas_order_form_nz_vendor.md", "md", "en", "cloud",
  terms(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, liability_cap_pct=9 / 24 * 100),
  extra(False, ld=False, value=696000), ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-DATA-OWNERSHIP"])
d("e03", "h461e03_paper_mill_condition_sensors.docx", "docx", "en", "hardware",
  terms(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, final_payment_on_acceptance=True, warranty_months=36,
        post_warranty_fee_pct=7.5, contract_kind="goods_or_licence"),
  extra(True, capped=True, value=1108000), [],
  tco=dict(value=1108000, base=978000, warranty=36, fee=7.5))
d("e04", "h461e04_png_camps_managed_network_service.md", "md", "en", "services",
  terms(p1_response_hours=6, ld_rate_per_day_pct=1200 / 1594000 * 100, liability_cap_pct=150,
        termination_for_breach=False),
  extra(False, value=1594000), ["CR-SLA-RESPONSE", "CR-TERMINATION"])
d("e05", "h461e05_tea_auction_data_api_subscription.txt", "txt", "en", "cloud",
  terms(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=300 / 372000 * 100,
        liability_cap_pct=200, subcontract_without_consent=True),
  extra(False, value=372000), ["CR-DATA-SECURITY", "CR-SUBCONTRACT"])

SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t):
    """policy §4: horizon 5 years from acceptance; fee for every year after the warranty (pro rata)."""
    if t is None:
        return None
    post_years = max(0.0, 5 - t["warranty"] / 12)
    fees = post_years * t["fee"] / 100 * t["base"]
    return fees / (t["value"] + fees) * 100, t["value"] + fees, fees


def my_rules(x):
    """My own reading of policy.md §3 applied to one draft's labels."""
    t, e, r = x["terms"], x["extra"], set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(x["tco"])
        if s is not None and s[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds: no value, no figure
THRESH = [
    ("avail 99.9", r"(?<![\d.])99\.90*(?!\d)|九十九点九(?![一二三四五六七八九零])|ninety-nine point nine"),
    ("P1 4 h", r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour)|(?<![十])四(?:个)?小时|four[\s-]hours?"
               r"|(?<![\d.])240\s*(?:分钟|minutes?)|二百四十分钟"),
    ("LD 0.05", r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent)|万分之五(?![十\d])|千分之零点五|five\s*basis"),
    ("cap 100", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent)|百分之百|百分之一百(?![一二三四五六七八九十零点])"
                r"|one\s*hundred\s*per\s*cent"),
    ("prepay 30", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent)|百分之三十(?![一二三四五六七八九点])|三成|thirty\s*per\s*cent"),
    ("warranty 12", r"(?<![\d.])12\s*(?:个月|months?\b|-month)|(?<![一二三四五六七八九])十二个月|twelve[\s-]*months?"
                    r"|(?<![第十])一年|壹年|(?<![\d.])1\s*(?:年(?!度)|years?\b|-year)|\bone[\s-]*year\b|\ba\s*year\b"),
    ("fee 15", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent)|百分之十五(?![一二三四五六七八九点])|fifteen\s*per\s*cent"),
    ("share 40", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent)|百分之四十(?![一二三四五六七八九点])|四成|forty\s*per\s*cent"),
    ("horizon 5 y", r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-year)|(?<![十\d])五年|\bfive[\s-]*years?\b"
                    r"|(?<![\d.])60\s*(?:个月|months?\b|-month)|六十个月"),
]
THRESH_RE = [(n, re.compile(p, re.I)) for n, p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240 分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "5 years", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "十四小时",
             "二十四小时", "14 hours", "0.055%", "1,100 users", "2025 年", "200%", "20 months", "第一条", "一个服务年度",
             "Subscription Year", "25%", "45%", "10.0%", "130%", "万分之八", "三年", "three years", "二十四个月",
             "04:00", "45 days", "150 %"]


def threshold_hits(text):
    hits = []
    for n, rx in THRESH_RE:
        for m in rx.finditer(text):
            hits.append((n, m.group(0), text[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- build and read back
def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (x["name"], x["fmt"]) for k, x in D.items() if x["fmt"] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, x in D.items():
        if x["fmt"] in ("txt", "md"):
            (OUT / x["name"]).write_text(SRC[k], encoding="utf-8")
            print("wrote", x["name"])


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), len(text.split())


def main():
    self_test()
    build()
    problems, report = [], []
    covered = set()
    for k, x in D.items():
        rules = my_rules(x)
        assert rules == x["design"], (k, rules, x["design"])
        covered |= set(rules)
        # no label on a threshold
        t = x["terms"]
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        s = tco_share(x["tco"])
        if s is not None:
            assert abs(s[0] - 40) > 2, (k, s)
        text = read_back(OUT / x["name"])
        n_all, n_nows = measure(text, x["lang"])
        lo, hi = (2750, 3000) if x["lang"] == "zh" else (1450, 1650)
        if not (lo <= n_nows and n_all <= hi):
            problems.append((k, "length", n_all, n_nows))
        for variant, label in [(text, "read-back"), (SRC[k], "raw"), (" ".join(SRC[k].split()), "collapsed"),
                               (re.sub(r"\s", "", SRC[k]), "no-ws"), (re.sub(r"\s", "", text), "read-back no-ws")]:
            for h in threshold_hits(variant):
                problems.append((k, label, h))
        report.append((k, x["name"], x["lang"], n_all, n_nows, rules, risk(rules),
                       None if s is None else round(s[0], 2)))
        label = {"file": x["name"], "language": x["lang"], "category": x["category"],
                 "expected_terms": x["terms"], "expected_extra": x["extra"], "expected_rules": rules}
        (OUT / (Path(x["name"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
    for r in report:
        print(*r, sep=" | ")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(r[5]) for r in report]
    assert sum(1 for r in report if not r[5]) == 2
    assert sum(1 for r in report if r[5] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for m in mix if 2 <= m <= 3) == 6
    assert len(D["z05"]["design"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
