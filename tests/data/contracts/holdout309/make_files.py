"""holdout309: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts, their .json labels, reads every built file back, checks lengths, threshold figures,
label arithmetic and rule coverage, and prints the expected rules per contract.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1) -- compliant
Z01 = """T:宁川海事局船舶AIS及水上交通监测平台建设项目采购合同
P:合同编号：NCMSA-ZFCG-2026-017    采购方式：公开招标    项目编号：NCZC2026-GK-0342
P:甲方（采购人）：宁川海事局    地址：宁川市滨江路88号
P:乙方（供应商）：海澜通导科技有限公司    地址：宁川市高新区望海路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就宁川辖区船舶AIS及水上交通监测平台建设事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责辖区沿江6处AIS基站、4处雷达与视频联动前端的供货、安装，监测平台软件的部署及定制开发，并完成与甲方船舶报告系统、电子巡航系统的对接。
P:1.2 项目实施地点为甲方指定的6处岸基站点及甲方机房。计划工期为合同签订后150日内完成初验。
P:1.3 乙方应派驻具有通航或通信工程经验的项目经理一名，未经甲方同意不得更换；施工期间遵守海事、航道及安全生产管理规定，涉水作业须提前报备。
P:1.4 乙方交付物包括：设备及合格证明、平台安装介质、定制开发源代码、接口说明、操作手册、运维手册和竣工图纸。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零陆万元整（¥3,060,000），为固定总价，含设备、软件、运输、安装、税费及培训等全部费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|AIS岸基基站设备|6套|186,000|1,116,000
TB:2|雷达与视频联动前端|4套|142,500|570,000
TB:3|水上交通监测平台软件许可（永久）|1套|688,000|688,000
TB:|硬件及软件小计|||2,374,000
TB:4|定制开发（电子围栏、碰撞预警模型、系统对接）|1项|436,000|436,000
TB:5|安装调试及系统集成|1项|218,000|218,000
TB:6|操作及运维培训|1项|32,000|32,000
TB:|合计|||3,060,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币612,000元。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的45%，计人民币1,377,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的35%，计人民币1,071,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款前，乙方应按第九条扣减已发生的违约金和服务扣款。
P:3.5 履约保函在终验合格后退还，乙方在质保期内未履行维修义务的，甲方可委托第三方维修，费用由乙方承担。
H:第四条 验收
P:4.1 初验：系统安装完成后，乙方提交初验申请，甲方组织按招标文件技术要求逐项测试，主要指标为：AIS基站有效接收距离不低于25海里；雷达目标与AIS目标融合准确率不低于98%；平台支持200个并发用户，常用查询响应时间不超过3秒；与船舶报告系统数据一致。
P:4.2 初验合格后进入90日试运行。试运行期间累计发生两次以上一级故障的，试运行期重新计算。
P:4.3 终验：试运行期满，平台通过第三方等级保护测评，乙方提交竣工文档和源代码后，甲方组织专家终验并出具终验报告。
P:4.4 设备安装、平台上线、甲方使用或付款均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换和升级。
P:5.2 服务等级：平台月可用率不低于99.95%；一级故障（平台中断或两处以上基站离线）乙方须在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:5.3 乙方应提供7×24小时服务热线，并在每季度提交巡检报告。乙方响应或恢复每超时1小时，甲方从应付款或履约保函中扣除1,000元；月可用率每低于约定值0.01个百分点，扣除2,000元。
P:5.4 质保期满后，如甲方续购维保服务，年度维保费不超过硬件及软件小计的8%（即每年不超过189,920元），前两个年度不得上调，维保合同另行签订，不自动续期。
H:第六条 知识产权
P:6.1 定制开发形成的电子围栏规则、预警模型、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:6.2 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第七条 数据安全
P:7.1 船舶动态数据、视频图像及系统日志均属于甲方，乙方不得用于本合同以外的任何目的。
P:7.2 平台部署于甲方机房，按网络安全等级保护第三级要求建设；乙方人员远程维护须经甲方审批并通过堡垒机操作，全程审计，不得拷贝或外传数据。
P:7.3 发生数据泄露、篡改等安全事件的，乙方须在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的海事监管信息、船舶及船员信息、甲方网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务不因合同终止而解除。
P:8.2 乙方应与参与项目的全部人员签订保密承诺书，并于项目结束时向甲方移交或销毁其持有的全部资料。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方累计赔偿责任以合同总价的两倍为限，但故意、重大过失及违反第七条、第八条造成的损失不受此限。
H:第十条 分包与转让
P:10.1 乙方不得转包本项目。土建配套工作如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十二条 不可抗力
P:12.1 因台风、洪水等不可抗力致使合同不能按期履行的，受影响方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式六份，双方各执三份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：宁川海事局    代表：__________    日期：2026年__月__日
P:乙方（盖章）：海澜通导科技有限公司    代表：__________    日期：2026年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:轧机厚度自动控制（AGC）系统改造合同
P:合同编号：XHLB-SB-2026-0219
P:甲方（买方）：鑫辉铝箔股份有限公司
P:乙方（卖方）：沪川冶金自动化工程有限公司
P:鉴于甲方二号、三号箔轧机现有厚度控制系统老化，成品厚差波动大，甲方决定实施厚度自动控制系统改造。乙方具备相应设计、供货和调试能力，双方经友好协商，就改造事宜订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责两台箔轧机的X射线测厚仪更换、AGC液压伺服阀组更换、PLC控制柜及人机界面改造，部署AGC控制软件并完成控制模型调试和工艺优化。
P:（二）改造须利用甲方计划停机窗口完成，每台轧机停机时间不超过10日，具体日期由甲方生产部书面确定。
P:（三）乙方提供的设备须为全新原装产品，主要部件品牌、型号以本合同附件一为准，不得擅自替换。
P:（四）乙方负责改造方案设计，方案须经甲方技术部审查确认后方可实施；施工期间乙方应遵守甲方厂区安全生产、动火作业及射线防护管理规定，测厚仪放射源的运输、安装及备案手续由乙方负责办理。
H:二、合同价格
P:（一）合同总价为人民币贰佰陆拾捌万元整（¥2,680,000），含税、含运输、安装、调试及培训费用。明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|X射线测厚仪|2台|465,000|930,000
TB:2|AGC液压伺服阀组|4套|78,500|314,000
TB:3|PLC控制柜|2套|212,000|424,000
TB:4|人机界面及过程数据服务器|1套|156,000|156,000
TB:5|AGC控制软件许可（永久）|1套|268,000|268,000
TB:|硬件及软件小计|||2,092,000
TB:6|控制模型调试及工艺优化|1项|348,000|348,000
TB:7|安装及停机改造施工|1项|216,000|216,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||2,680,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变化调整。乙方因停机改造需要甲方配合的吊装、停电及现场清理，由甲方按施工方案提前安排，不另收费。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到厂并经甲方签收后，甲方支付合同总价的35%；签收不构成验收。
P:（三）最终验收合格后，甲方支付合同总价的50%。
P:（四）其余5%作为质量保证金，质保期满且无未决质量问题的，甲方无息退还。
H:四、交付与验收
P:（一）乙方应在合同生效后90日内将全部设备运抵甲方厂区，并在甲方确定的停机窗口内完成安装调试。设备到厂时双方共同开箱检验，发现短缺、损坏或型号不符的，乙方应在7日内补齐或更换。
P:（二）验收标准：在6至20微米产品规格下，成品纵向厚差不超过目标厚度的±1.5%；系统连续稳定运行72小时无停机故障；断带次数较改造前不增加；过程数据完整记录并可追溯查询。
P:（三）两台轧机分别调试合格后进入60日考核期，考核期满各项指标达标的，双方签署最终验收报告。设备投入生产或甲方付款均不视为验收。
H:五、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:（二）故障分级及响应：
TB:故障等级|情形|响应时间|到场时间
TB:一级|轧机停机或厚差持续超限|15分钟|6小时
TB:二级|单项功能异常，不影响生产|2小时|48小时
TB:三级|咨询及一般问题|1个工作日|按需
P:（三）乙方响应或到场每超时一小时，按1,500元向甲方支付赔偿金，甲方可从质量保证金中扣除。
P:（四）质保期满后，乙方提供有偿维保服务，年度维保费为硬件及软件小计的9%，即每年188,280元，质保期满后三个年度内不上调；维保合同按年度另行签订，不自动续期。
P:（五）乙方应为甲方培训操作人员不少于20人次、维护人员不少于6人次，并提交操作规程、电气图纸、程序备份及备件清单。
H:六、知识产权
P:（一）为甲方调试形成的控制模型参数、工艺配方、定制程序及其源代码归甲方所有，甲方可自行修改、使用。
P:（二）AGC控制软件的原有知识产权归乙方，乙方授予甲方在本厂范围内永久使用的许可。
H:七、数据安全
P:（一）轧制过程数据、厚度数据和工艺参数属于甲方，乙方仅可为履行本合同使用。
P:（二）控制系统部署于甲方工控网络，与办公网物理隔离；乙方远程维护须经甲方审批，经堡垒机接入并全程录像，不得拷贝数据。
P:（三）发生数据泄露或系统被非法侵入的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担赔偿责任。
P:（四）乙方接入甲方网络的调试电脑须经甲方病毒查杀，不得安装与项目无关的软件；项目结束时，乙方应删除其设备中留存的甲方数据，并出具书面说明。
H:八、保密
P:乙方对甲方的工艺参数、配方、生产计划及其他商业秘密负有保密义务，未经甲方书面许可不得披露，合同终止后仍然有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金、赔偿金）以合同总价的50%为限。
P:（三）改造后指标未达到第四条验收标准的，乙方应在30日内免费整改；整改后仍不达标的，甲方有权要求乙方更换设备或减少价款。
P:（四）甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:十、分包
P:乙方不得转包。现场施工如需分包，须事先征得甲方书面同意，乙方对分包方的行为负责。
H:十一、合同的解除
P:（一）本合同生效后，除因不可抗力致使合同目的无法实现外，任何一方均不得解除本合同。
P:（二）一方违约的，另一方有权要求其继续履行、采取补救措施，并按本合同约定收取违约金或赔偿金，但不得以此为由解除合同。
H:十二、不可抗力
P:因地震、洪水、重大疫情等不可抗力不能按期履行的，受影响方应及时通知对方并在10日内提供证明，相应延长履行期限，双方均不承担违约责任。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十四、其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。附件一《设备配置清单》、附件二《技术协议》为本合同组成部分。
P:甲方：鑫辉铝箔股份有限公司（盖章）    授权代表：__________
P:乙方：沪川冶金自动化工程有限公司（盖章）    授权代表：__________
P:附件：附件一《设备配置清单》；附件二《技术协议》；附件三《停机改造施工方案》。
P:签订日期：2026年__月__日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）) -- SaaS + 实施
Z03 = """儿童摄影门店预约及底片交付系统订阅服务合同

合同编号：XXSG-IT-2026-008
甲方：小象时光儿童摄影连锁管理有限公司（以下简称“甲方”）
住所：杭州市拱墅区湖墅南路201号
乙方：云拾影像科技有限公司（以下简称“乙方”）
住所：杭州市余杭区文一西路1218号

甲方在华东地区经营35家儿童摄影门店，需统一的线上预约、排档、选片及底片交付系统。乙方为云服务提供商，向甲方提供“云拾·影约”SaaS系统订阅及实施服务。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方35家门店提供“云拾·影约”系统订阅服务，包括微信小程序预约、门店排档、摄影师排班、在线选片、精修进度查询及底片交付（在线下载与网盘提取）功能。
（2）乙方负责实施服务：历史会员及预约数据迁移、35家门店账号开通、小程序页面按甲方品牌风格定制、门店人员培训。培训采用集中培训与门店远程指导相结合的方式，每家门店至少培训店长、前台及摄影助理各一名，乙方提供操作手册和视频教程。
（3）系统部署于乙方在中国境内租用的云服务器，乙方负责系统运行、维护和版本升级。
（4）甲方负责提供门店清单、历史数据导出文件、品牌视觉规范，并指定一名项目联系人；甲方门店人员应按乙方提供的操作手册使用系统，不得将账号转借给第三方。
（5）乙方应为甲方设立专属客户经理，每季度与甲方召开一次服务回顾会，提交服务报告，内容包括可用率统计、故障记录及处理情况、功能使用情况和改进建议。

第二条 服务期限
（1）初始服务期为三个服务年度，自系统上线验收合格之日起计算。
（2）初始服务期届满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
（3）每次续期时，乙方有权根据其届时的产品价格体系调整订阅费单价，调整幅度不超过上一服务年度单价的10%，乙方在续期前以邮件通知甲方即可，无需另行签订协议。

第三条 费用及支付
（1）订阅费：每家门店每个服务年度3,600元，35家门店合计每个服务年度126,000元，初始服务期三个服务年度合计378,000元。
（2）实施费：一次性58,000元，含数据迁移、小程序定制及培训。
（3）本合同总价为436,000元（含增值税）。
（4）实施费在上线验收合格后15个工作日内支付；订阅费按服务年度结算，每个服务年度届满后15个工作日内支付该服务年度费用。甲方不预付任何款项。
（5）门店数量增加的，新增门店按同一单价自开通之月起按月折算计费；门店关闭的，甲方提前30日书面通知，乙方自次月起停止计费。
（6）乙方收款前应向甲方开具增值税专用发票，发票不合格的，甲方有权顺延付款且不承担逾期责任。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成实施并申请上线验收。
（2）验收标准：35家门店账号全部开通；历史会员及预约数据迁移后与甲方原系统逐条核对一致；小程序预约、改期、支付定金流程测试通过；选片及底片下载在200家庭同时访问时页面打开时间不超过3秒；管理后台报表与门店实际单量核对无误。
（3）以上指标全部通过的，甲方签署上线验收单。系统试用或部分门店先行使用均不视为验收合格。
（4）乙方未按本条第（1）项约定日期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（1）系统月度可用率不低于99.5%，计划内维护须提前48小时通知甲方，且安排在每日凌晨1点至6点之间。
（2）一级故障（系统整体无法访问、预约或底片下载无法使用）：乙方30分钟内响应，6小时内恢复；二级故障（部分功能异常）：2小时内响应，2个工作日内解决。
（3）月度可用率每低于约定值0.1个百分点，乙方返还当月订阅费的5%；一级故障超过恢复时限的，每超时1小时返还当月订阅费的2%。返还总额以当月订阅费为限，在下期结算时扣除。

第六条 知识产权
（1）“云拾·影约”系统的知识产权归乙方所有。
（2）为甲方定制的小程序页面、品牌视觉素材、门店套系模板归甲方所有，合同终止后甲方可自行或委托第三方使用、修改。

第七条 数据归属与使用
（1）甲方会员信息、儿童照片、底片、精修片及预约记录（统称“甲方数据”）归甲方所有。
（2）甲方同意，乙方可将经去标识化处理的照片及标签数据用于其修图算法的训练及产品改进，该使用权在本合同终止后继续有效。
（3）合同终止后30日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除其系统中的甲方数据（本条第（2）项已处理的数据除外）。

第八条 数据安全
（1）乙方应按网络安全等级保护第二级要求运维系统，对儿童照片及会员个人信息加密存储、加密传输，实行最小权限访问并保留操作日志。
（2）乙方应遵守《个人信息保护法》关于未成年人个人信息的规定，不得向任何第三方提供甲方数据。
（3）发生数据泄露、丢失或被篡改的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部损失及监管处罚。
（4）乙方每个服务年度至少进行一次数据备份恢复演练，备份数据保存在境内另一可用区，底片及精修片保留期限按甲方在后台设定的规则执行。

第九条 保密
双方对在合作中获知的对方商业信息、价格、门店经营数据及客户资料负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。双方应要求各自员工遵守本条约定。保密义务在合同终止后三年内有效。

第十条 分包
乙方不得将实施服务转包或分包，亦不得将甲方数据交由第三方存储或处理。乙方确需委托第三方承担部分工作的，须事先取得甲方书面同意。

第十一条 合同解除
（1）乙方严重违反本合同，经甲方书面通知后15日内未改正的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅费。
（2）连续两个月发生一级故障且超过恢复时限的，甲方可书面通知立即解除合同。

第十二条 违约责任
任何一方违反本合同约定给对方造成损失的，应承担赔偿责任。因乙方系统原因导致门店预约丢失、底片丢失或错发的，乙方应负责恢复，并赔偿甲方因此向顾客支付的补偿费用。甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第十三条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应首先友好协商；协商不成的，任何一方均可提交杭州仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则在杭州进行仲裁。仲裁期间，双方应继续履行本合同中不涉及争议的部分。

第十四条 其他
本合同附件《功能清单》《数据迁移方案》《服务报告模板》与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：小象时光儿童摄影连锁管理有限公司        授权代表：__________
乙方（盖章）：云拾影像科技有限公司                    授权代表：__________
签订日期：2026年__月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1) -- 年度运维, 竞争性磋商
Z04 = """青溪市残疾人服务管理系统2026年度运维服务合同

项目名称：青溪市残疾人服务管理系统运维服务
采购方式：竞争性磋商（采购编号：QXCG-2026-CS-0057）
采购人（甲方）：青溪市残疾人联合会
供应商（乙方）：青溪数联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方本着平等自愿的原则，就青溪市残疾人服务管理系统运维服务事项订立本合同。

1. 服务范围
1.1 运维对象为甲方残疾人服务管理系统，包括残疾人基础信息库、康复服务、就业服务、补贴发放、辅具适配等业务子系统，以及配套的数据库服务器、应用服务器、存储设备和网络安全设备。
1.2 服务内容包括：日常巡检与监控、故障处理、系统补丁及版本维护、数据库维护与备份、配合网络安全等级保护测评及整改、数据治理（重复档案清理、残疾证信息与户籍信息比对、缺失字段补全）、用户培训及咨询。
1.3 乙方应派驻驻场运维工程师一名，工作日在甲方办公场所提供服务；节假日及夜间安排人员电话值守。
1.4 驻场工程师应具有三年以上政务信息系统运维经验，持有数据库或网络安全相关认证。乙方更换驻场人员须提前10日书面征得甲方同意，新人员资质不得低于原人员。
1.5 甲方负责提供驻场办公条件、必要的系统账号和技术资料，协调各业务科室及县区残联配合乙方工作。

2. 服务期限
2.1 服务期为2026服务年度，即2026年1月1日至2026年12月31日。
2.2 服务期满本合同自动终止。甲方如需继续采购运维服务，应按政府采购规定重新组织采购。

3. 合同金额及支付
3.1 本合同总金额为人民币肆拾壹万贰仟元整（¥412,000），为固定总价。构成如下：日常运维服务186,000元；驻场服务148,000元；等保测评配合及整改42,000元；数据治理36,000元。
3.2 费用按季度支付。每季度结束后，乙方提交季度运维报告，经甲方考核确认后15个工作日内，甲方支付该季度服务费103,000元。
3.3 甲方不支付预付款。乙方应在每次付款前开具增值税普通发票。

4. 服务要求
4.1 乙方应保持系统正常运行，及时响应甲方提出的运维需求，尽最大努力尽快排除故障。
4.2 故障的响应及处理时间视故障性质和复杂程度，由双方在发生时协商确定。
4.3 乙方每月对服务器、数据库和安全设备巡检一次，每月提交运维报告；每周对业务数据库进行全量备份，并每半年进行一次恢复测试。
4.4 重大节日、全国助残日及补贴集中发放期间，乙方应安排专人保障。
4.5 乙方对系统实施补丁更新、版本升级或配置变更前，应提交变更方案并经甲方批准，变更应在非工作时间进行，并做好回退准备；变更完成后，乙方应向甲方书面报告变更结果。
4.6 乙方应建立运维工单台账，记录每次需求或故障的报告时间、处理人员、处理过程及结果，并在月度运维报告中汇总。
4.7 乙方应每季度为县区残联业务人员提供一次系统操作培训或答疑，并根据政策调整配合甲方完成补贴标准等业务参数的配置。

5. 考核与验收
5.1 甲方按季度对乙方服务进行考核，考核内容包括：月度运维报告是否按时提交、巡检记录是否完整、备份及恢复测试记录、工单处理记录及用户评价。
5.2 服务期满后，乙方提交年度运维总结、数据治理成果清单和等保整改报告。甲方对照本合同第1.2条服务内容逐项核验：数据治理成果须经甲方业务科室抽查确认；等保测评须取得测评机构出具的符合性报告。全部事项核验合格的，甲方出具年度验收意见。
5.3 考核或验收不合格的，乙方应在15日内整改并重新提交；整改后仍不合格的，甲方可按第9条追究乙方责任。

6. 数据安全
6.1 系统中的残疾人个人信息、康复及补贴数据均属于甲方，乙方只能为履行本合同处理，不得用于其他目的。
6.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级的要求；运维操作须通过甲方堡垒机进行，严禁将数据下载、拷贝至个人终端或带离甲方场所。
6.3 发生数据泄露、篡改、丢失等事件的，乙方应在2小时内向甲方报告，并配合调查处置；因乙方原因造成的，乙方依法承担全部赔偿责任和法律责任。
6.4 乙方应建立运维人员账号管理制度，人员离岗时当日注销其全部账号；运维中使用的测试数据须经脱敏处理。乙方每季度向甲方报告安全检查情况，发现系统漏洞的，应在甲方同意后及时修复。

7. 保密
7.1 乙方及其人员对履约中接触的残疾人个人信息、甲方内部资料和系统账号口令负有保密义务，不得向任何第三方披露。
7.2 乙方驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

8. 知识产权
8.1 乙方在运维过程中为甲方编写的数据治理脚本、统计报表、运维文档等成果归甲方所有。
8.2 乙方保证其提供的服务及工具不侵犯第三方的知识产权，否则由乙方承担全部责任。
8.3 乙方使用自有运维工具的，应事先向甲方说明工具名称、用途及权限范围，经甲方同意后方可在甲方系统中安装，服务期满后予以卸载。

9. 违约责任
9.1 乙方未按本合同约定时间完成等保整改配合或数据治理任务的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
9.2 乙方未按时提交月度运维报告或擅自更换驻场人员的，每次扣减当季服务费2,000元。
9.3 因乙方运维不当造成系统数据丢失或损坏的，乙方应负责恢复，不能恢复的，赔偿甲方因此产生的全部损失，包括重新采集数据的费用。
9.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

10. 分包
乙方不得将本项目转包或分包给第三方。

11. 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。因乙方违约解除合同的，乙方应赔偿甲方另行采购运维服务所增加的费用，并在解除后继续履行交接义务。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

13. 其他
13.1 竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分，内容不一致的，以本合同为准。
13.2 服务期满或合同解除时，乙方应按甲方要求，向甲方移交全部运维文档、账号口令及工具脚本，并配合新的运维单位完成交接，交接期内不得中断服务。
13.3 本合同一式四份，甲方执两份，乙方执一份，同级财政部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青溪市残疾人联合会        代表：__________
乙方（盖章）：青溪数联信息技术有限公司    代表：__________
签订日期：2025年12月__日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1) -- supplier's template
Z05 = """# 仓擎WMS仓储管理软件许可及实施合同

（仓擎软件标准合同文本 V5.0 · 2025修订）

合同编号：CQ-WMS-2026-0613

**甲方（用户）**：津味坊麻花食品有限公司
**乙方（供方）**：仓擎软件科技有限公司

甲方因原料库、成品库及冷链中转库管理需要，拟采用乙方“仓擎WMS”仓储管理软件并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》，经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS标准版软件使用许可（含3个仓库、15个并发用户）及手持终端（PDA）客户端授权。

1.2 乙方按甲方需求进行定制开发，内容包括：保质期及批次先进先出管理、油炸车间投料追溯、与甲方金蝶ERP的出入库单据接口、成品库波次拣货规则。

1.3 乙方负责软件部署、基础数据初始化、上线支持及用户培训。培训对象为甲方仓库主管、保管员及信息部门人员，培训不少于5个工作日，乙方提供操作手册及培训视频。

1.4 软件部署在甲方自有服务器上，服务器、操作系统、数据库及网络环境由甲方按乙方提出的配置要求自行准备。

## 第二条 合同金额

2.1 本合同总金额为人民币捌拾肆万捌仟元整（¥848,000），明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 仓擎WMS标准版软件许可 | 1套 | 420,000 | 420,000 |
| 2 | PDA客户端授权 | 20个 | 2,800 | 56,000 |
| | 软件许可小计 | | | 476,000 |
| 3 | 定制开发 | 1项 | 268,000 | 268,000 |
| 4 | 部署实施 | 1项 | 86,000 | 86,000 |
| 5 | 用户培训 | 1项 | 18,000 | 18,000 |
| | 合计 | | | 848,000 |

2.2 PDA硬件设备不在本合同范围内，由甲方自行采购，须符合乙方公布的兼容设备清单。

2.3 上述价格不含乙方人员差旅费。乙方人员赴甲方现场的交通、住宿费用按实际发生由甲方另行承担，每次出差前由双方确认人数和天数。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币551,200元。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总金额的35%，即人民币296,800元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务直至甲方付清款项。

## 第四条 实施与上线

4.1 乙方在收到第3.1条款项后开始需求调研，调研结束后提交需求规格说明书，经甲方签字确认后进入开发。

4.2 项目计划周期为120日。因需求变更、甲方配合不到位或基础数据准备延误导致工期延长的，工期相应顺延。

4.3 因乙方原因导致项目延期的，乙方应积极采取补救措施，延期问题由双方友好协商解决。

4.4 甲方应指定项目负责人，按乙方要求在约定时间内提供物料编码、库位、批次规则等基础数据，并组织关键用户参与测试。甲方未按时提供的，乙方有权顺延工期，由此增加的实施人天按每人天2,600元另行计费。

4.5 需求规格说明书确认后，甲方提出的新增或变更需求，由乙方评估工作量后另行报价，经甲方书面确认后实施。

## 第五条 验收

5.1 软件部署完成并上线运行之日，即视为甲方验收合格。

5.2 上线后甲方提出的修改意见，乙方将在后续维护中酌情处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 仓擎WMS软件及其相关文档的全部知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，亦不得转让或许可他人使用。

6.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第七条 维护服务

7.1 系统上线后，乙方提供六个月免费维护，内容包括故障排除和补丁更新，不含新功能开发。

7.2 故障响应：一级故障（系统无法出入库作业）乙方在接到甲方报告后12小时内响应；二级故障3个工作日内响应；其余问题纳入版本计划处理。

7.3 乙方将尽力在上述时间内响应，但不因响应或修复时间未达标承担任何扣款、赔偿或违约责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方当年度公布的服务价格标准执行。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意乙方在匿名化处理后使用甲方业务数据，用于乙方产品优化、行业基准分析及其他客户的实施参考。

8.3 乙方应采取访问控制、加密传输、定期备份等必要的安全措施保护甲方数据；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.4 合同终止后，甲方可在30日内导出其业务数据，乙方提供标准格式的导出工具，超出标准格式的导出需求另行计费。

## 第九条 保密

双方应对本合同内容及履约中获知的对方商业秘密保密，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。

## 第十条 合作伙伴

乙方有权根据项目需要将部分实施、开发工作交由其授权合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任，无论基于何种原因，累计不超过合同总金额的20%。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已完成的工作按实际工作量结算；甲方已取得的软件使用许可在付清全部款项后继续有效。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可提交苏州仲裁委员会，按该会仲裁规则进行仲裁，仲裁裁决是终局的。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 因不可抗力导致本合同无法履行的，受影响一方不承担责任，但应及时通知对方。

14.3 本合同文本为乙方标准合同，双方另有约定的，以书面补充协议为准。

甲方（盖章）：津味坊麻花食品有限公司　　授权代表：__________

乙方（盖章）：仓擎软件科技有限公司　　授权代表：__________

日期：2026年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LRS-CN-2026-031
P:This Agreement is made between Hui'an Shiyun Stone Carving Art Co., Ltd., a company registered in Hui'an County, Quanzhou, Fujian Province, People's Republic of China (the "Buyer"), and Levitha Relief Systems I.K.E., a private company registered in Greece with its seat on Nisida Levitha, Leros, Dodecanese, Greece (the "Vendor").
P:Background: The Buyer designs and carves granite and marble reliefs for temples, memorials and public buildings. The Vendor publishes ReliefForge, a software suite that converts sketches and 3D scans into relief models and produces tool paths for multi-axis stone-carving machines. The Buyer wishes to acquire perpetual licences to ReliefForge together with installation, custom tool-path templates and training, and the Vendor agrees to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the ReliefForge modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Templates" means the tool-path templates, stone material profiles and post-processor settings that the Vendor prepares specifically for the Buyer's stone types and machines under Article 2.3.
P:1.3 "Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
P:1.4 "Buyer Data" means the scans, sketches, relief models, drawings and production files of the Buyer and its customers.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software on the number of workstations stated in Article 3 at the Buyer's premises in Hui'an and at any workshop the Buyer operates in mainland China.
P:2.2 The Vendor shall install and configure the Licensed Software on the Buyer's workstations and connect the post-processor module to the Buyer's three five-axis carving machines.
P:2.3 The Vendor shall develop Custom Templates for the Buyer's four principal stone types (G654 granite, G603 granite, white marble and bluestone), covering roughing, finishing and fine-detail passes.
P:2.4 The Vendor shall train the Buyer's designers and machine operators as set out in Article 3.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The total Contract Price is CNY 910,000, fixed, inclusive of VAT and all costs of delivery, travel and installation, made up as follows:
TB:Item 1|ReliefForge Studio perpetual licence|6 seats x CNY 96,000|CNY 576,000
TB:Item 2|ReliefForge CNC Post-Processor module|3 seats x CNY 38,000|CNY 114,000
TB:Item 3|Scan-to-Relief add-on|2 seats x CNY 45,000|CNY 90,000
TB:Licence Subtotal|||CNY 780,000
TB:Item 4|Installation and configuration|lump sum|CNY 42,000
TB:Item 5|Custom Templates|lump sum|CNY 64,000
TB:Item 6|Training (8 days on site)|lump sum|CNY 24,000
TB:Contract Price|||CNY 910,000
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 182,000) within 20 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 409,500) after the licence keys have been delivered and installation has been completed and confirmed in writing by the Buyer. That confirmation does not constitute Acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 318,500) within 20 days after Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the licence keys within 20 days after signature and complete installation, Custom Templates and training within 75 days after signature.
P:5.2 Acceptance tests shall be run jointly at the Buyer's workshop and shall show that: (a) scans of five sample reliefs chosen by the Buyer are converted into relief models with a deviation of no more than 0.1 mm from the scan; (b) the post-processor produces collision-free tool paths for each of the three carving machines; (c) each Custom Template carves a test panel in its stone type meeting the surface finish agreed in the technical specification; and (d) the Licensed Software runs for ten consecutive working days without a Severity 1 fault.
P:5.3 If the tests are passed, the Buyer shall sign an acceptance certificate within five working days. If a test fails, the Vendor shall correct the defect and the test shall be repeated. Installation, use of the Licensed Software in production or payment does not constitute Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and Custom Templates will perform in accordance with their documentation and the technical specification for a warranty period of eighteen months from Acceptance. During the warranty period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:6.2 During the warranty period the Vendor shall respond to a Severity 1 fault (the Licensed Software cannot be used or the post-processor cannot produce tool paths) within 2 hours of the Buyer's report, during Beijing business hours, by remote session or telephone. Severity 2 faults shall receive a response within one business day.
P:6.3 For each full hour by which the Vendor exceeds a response time in Article 6.2, the Vendor shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Article 7 Maintenance after Warranty
P:7.1 After the warranty period the Vendor shall provide annual maintenance and support (updates, new versions, remote support on the terms of Article 6.2) for an annual fee equal to 26% of the Licence Subtotal, that is CNY 202,800 per year.
P:7.2 The annual fee in Article 7.1 is fixed and shall not be increased for the first four maintenance years. Maintenance is ordered by the Buyer year by year by purchase order; it does not renew automatically.
P:7.3 If the Buyer does not order maintenance, the Buyer keeps its perpetual licences and may use the latest version supplied.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All rights in the Custom Templates vest in the Buyer upon creation. The Buyer may use, modify and license the Custom Templates freely, including to its subcontracted workshops, and the Vendor shall deliver them in editable form.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or Custom Templates infringe the rights of a third party.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to provide the services under this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, uses the remote-access tool designated by the Buyer and is recorded. The Licensed Software shall not transmit Buyer Data to the Vendor or any third party.
P:9.3 The Vendor shall keep any Buyer Data it receives for support encrypted, delete it when the support case is closed and notify the Buyer within 12 hours after becoming aware of any unauthorised access to Buyer Data. The Vendor is liable for all losses caused by a security breach attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs and customer projects, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete delivery, installation, Custom Templates or training by the dates in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 8.3 and 9 and for wilful misconduct, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if delay damages reach their maximum. The Vendor shall then refund the amounts paid for undelivered items.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is written in English. Notices shall be in writing and sent to the addresses above by courier or e-mail.
P:15.2 Neither party may assign this Agreement without the prior written consent of the other party. Amendments are valid only if made in writing and signed by both parties.
P:15.3 This Agreement takes effect on signature by both parties and is signed in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Kesselaid Booking - Order Form

**Order Form No.** KB-CN-0417
**Vendor:** Kesselaid Booking OÜ, a private limited company registered in Estonia (registry code 16284410), with its registered office at Kesselaid island, Muhu Parish, Saare County, Estonia ("Kesselaid")
**Customer:** Yangshuo Karst Vertical Outdoor Sports Co., Ltd., Yangshuo County, Guilin, Guangxi, People's Republic of China ("Customer")

This Order Form, together with the Kesselaid General Terms set out in Part B (the "General Terms"), forms the agreement between Kesselaid and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order Form

### A1. Service

Kesselaid will provide the Kesselaid Park plan of its cloud booking service (the "Service") for Customer's climbing park in Yangshuo, which comprises online booking for guided climbs, courses and bouldering sessions; digital liability waivers with electronic signature; gear rental and locker management; a point-of-sale module for the front desk; and QR-code check-in at three entrance gates. Customer's staff and guests use the Service through a web back office and a WeChat mini-program.

### A2. Subscription Term

The Subscription Term starts on the Go-Live Date (A5) and lasts two Subscription Years (the "Initial Term"). The first Subscription Year starts on the Go-Live Date and each later one on its anniversary. Renewal is governed by Section B2.

### A3. Fees

At Customer's request, all fees are stated and invoiced in Chinese Renminbi (CNY).

| Item | Basis | Amount |
|---|---|---|
| Park plan subscription | CNY 86,400 per Subscription Year x 2 | CNY 172,800 |
| Onboarding (configuration, data import, staff training) | one-time | CNY 19,600 |
| Mini-program skin in Customer's brand design | one-time | CNY 8,800 |
| **Total fees for the Initial Term** | | **CNY 201,200** |

SMS confirmations above 20,000 messages per Subscription Year are charged at CNY 0.06 per message, invoiced quarterly in arrears. They are usage charges and not part of the total above.

### A4. Invoicing and Payment

(a) The subscription fee is invoiced in equal quarterly instalments of CNY 21,600 at the end of each quarter of the Subscription Term, that is, in arrears.
(b) The onboarding fee and the mini-program skin fee are invoiced after Go-Live Acceptance under A5.
(c) Customer pays each invoice within 30 days after receipt by bank transfer. No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Kesselaid will complete onboarding within 40 days after signature of this Order Form. The date on which Customer signs the Go-Live Acceptance form is the "Go-Live Date".
(b) Go-Live Acceptance requires that: (i) a guest can book, reschedule and cancel each product type through the mini-program and the back office; (ii) waivers are signed electronically and retrievable by booking; (iii) WeChat Pay receipts reconcile with Service records for a test day; (iv) each of the three gates admits valid QR codes and rejects invalid ones; and (v) Customer's existing member list has been imported and checked by sample.
(c) Use of the Service for live bookings before Customer signs the Go-Live Acceptance form does not constitute acceptance.
(d) If Kesselaid fails to complete onboarding by the date in A5(a) for reasons attributable to it, Kesselaid will pay CNY 300 for each day of delay, deducted from the onboarding fee and, if necessary, from later invoices.

### A6. Service Levels

(a) Kesselaid will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.
(b) Severity 1 incidents (the booking flow, check-in or payment is unavailable for all users) receive a response within 30 minutes, at any hour, and a workaround or fix within 6 hours. Severity 2 incidents receive a response within 2 hours and a fix within two business days.
(c) If monthly availability falls below the target in A6(a), Customer receives a service credit of 10% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to the full monthly equivalent. Credits are deducted from the next invoice.

### A7. Contacts

Kesselaid: customer success manager for Greater China, support@kesselaid-booking.example. Customer: the park's operations director.

## Part B - Kesselaid General Terms (version 2025.3)

### B1. Use of the Service

B1.1 Kesselaid grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its own business.
B1.2 Customer is responsible for the accounts of its staff and for the accuracy of the information it enters. Customer shall not resell the Service or attempt to reverse engineer it.
B1.3 Kesselaid may update the Service from time to time, provided that an update does not materially reduce the functions described in A1.

### B2. Renewal and Fee Changes

B2.1 At the end of the Initial Term and of each renewal term, the Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
B2.2 For any renewal term Kesselaid may increase the subscription fee to its list price then in force for the Park plan by notifying Customer at least 60 days before the renewal date. The increased fee applies from the first day of the renewal term.

### B3. Customer Data

B3.1 "Customer Data" means the data that Customer, its staff and its guests enter into the Service, including guest names, contact details, waiver records, bookings and payment records.
B3.2 Customer Data belongs to Customer. Kesselaid will use Customer Data only to provide the Service to Customer and will not sell it or use it for any other purpose.
B3.3 Customer may export Customer Data at any time through the back office. Within 30 days after the end of the Agreement Kesselaid will delete Customer Data, unless Customer has asked for a final export, which Kesselaid will supply first.

### B4. Customer Configurations

B4.1 Kesselaid retains all rights in the Service and in its software, documentation and general know-how.
B4.2 The mini-program skin, product catalogue, waiver texts, price rules and reports configured for Customer ("Customer Configurations") belong to Customer. Customer may use, copy and modify them and let a successor provider use them after the Agreement ends. Kesselaid will hand over the skin design files on request.

### B5. Confidentiality

B5.1 Each party will keep confidential the non-public business information it receives from the other party under the Agreement, including prices, guest statistics and product plans, and will use it only for the Agreement.
B5.2 This obligation does not apply to information that is public or that a party must disclose by law, and it continues for three years after the Agreement ends.

### B6. Subcontracting

B6.1 Kesselaid will not subcontract the performance of the Service or the onboarding to a third party without Customer's prior written consent and remains responsible for any subcontractor Customer approves.

### B7. Term and Termination

B7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice describing the breach.
B7.2 If Customer terminates under B7.1, Kesselaid will refund any fees paid for the period after termination and the onboarding fee if Go-Live Acceptance has not occurred.
B7.3 Customer may also terminate if monthly availability is below the target in A6(a) in three consecutive months.

### B8. Liability

B8.1 Each party's total liability arising out of the Agreement is limited to 150% of the total fees for the Initial Term stated in A3.
B8.2 Neither party is liable for loss of profit or indirect loss, except in case of intentional breach or gross negligence.
B8.3 The limits in this Section do not apply to Customer's payment obligations.

### B9. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war or a general failure of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

### B10. Governing Law and Disputes

B10.1 The Agreement is governed by the laws of the Republic of Estonia.
B10.2 Any dispute arising out of or in connection with the Agreement shall be resolved by Harju County Court in Tallinn, Estonia, which shall have exclusive jurisdiction.

### B11. Miscellaneous

B11.1 Notices must be in writing and may be sent by e-mail to the contacts in A7.
B11.2 Neither party may assign the Agreement without the other party's written consent.
B11.3 The Agreement is the entire agreement between the parties regarding the Service and replaces all earlier proposals.
B11.4 If any provision of the Agreement is held invalid, the other provisions remain in force and the parties will replace the invalid provision with a valid one that comes as close as possible to its purpose.
B11.5 Kesselaid may refer to Customer as a user of the Service in its marketing only with Customer's prior written approval.

**Signed for Kesselaid Booking OÜ:** ____________________ Date: __________

**Signed for Yangshuo Karst Vertical Outdoor Sports Co., Ltd.:** ____________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table) -- compliant
E03 = """T:Supply and Installation Contract - Orchard Irrigation Sensing and Control System
P:Contract No. AJW-PUR-2026-044
P:Buyer: Aksu Jade Walnut Orchards Co., Ltd., Wensu County, Aksu Prefecture, Xinjiang Uygur Autonomous Region, People's Republic of China.
P:Supplier: Bågø AgriSense ApS, a Danish company with its registered office on Bågø, Assens Municipality, Denmark.
P:The Buyer manages 2,600 mu of walnut orchards irrigated by drip lines fed from two reservoirs. It wishes to measure soil moisture and weather in every irrigation block and control the block valves from a central scheduling system. Following the Buyer's invitation to tender, the Supplier's bid was selected. The parties therefore agree as follows, on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the soil-moisture sensor nodes, LoRaWAN gateways, weather stations, valve controllers and irrigation scheduling software listed in Section 2 (the "System"), and connect the System to the Buyer's existing pump-station controls.
P:1.2 The Supplier shall develop irrigation models for walnut trees adapted to the Buyer's soil types and tree ages (the "Custom Models"), configure the irrigation blocks and alarm thresholds, and train the Buyer's staff.
P:1.3 All equipment shall be new, suitable for desert conditions (operating temperature from -30 to +50 degrees Celsius, dust-proof to IP67) and carry the certifications required for sale and radio use in the People's Republic of China.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Renminbi (CNY). The Contract Price is CNY 1,692,000, fixed and inclusive of VAT, freight to the orchard, customs clearance, installation and training. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture sensor node, three depths|320|1,450|464,000
TB:2|LoRaWAN gateway with solar power|12|18,600|223,200
TB:3|Automatic weather station|4|36,500|146,000
TB:4|Block valve controller|160|2,150|344,000
TB:5|Irrigation scheduling software, perpetual licence|1|218,000|218,000
TB:|Hardware and Licence Subtotal|||1,395,200
TB:6|Installation and commissioning|lump sum||186,000
TB:7|Custom Models|lump sum||92,000
TB:8|Training|lump sum||18,800
TB:|Contract Price|||1,692,000
H:Section 3 Payment
P:3.1 The Buyer shall pay an advance of 10% of the Contract Price (CNY 169,200) within 15 working days after receiving the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 930,600) after all equipment has been installed and the Buyer has signed the Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 592,200) within 20 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued in the People's Republic of China by the Supplier or its Shanghai branch.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the orchard within 70 days after signature and complete installation before the start of the irrigation season, and in any case within 110 days after signature.
P:4.2 Installation work in the orchard shall be coordinated with the Buyer's farm manager so that it does not damage trees or drip lines. The Supplier shall repair at its cost any damage it causes.
P:4.3 The Supplier shall provide spare parts equal to two per cent of the sensor nodes and valve controllers at delivery, free of charge, and keep spare parts available for at least eight years.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 30 days. Final Acceptance requires that: (a) every sensor node reports readings at the configured interval, with no more than three missing readings per node per day; (b) sensor readings agree with gravimetric soil samples taken by the Buyer at twenty points within the tolerance in the technical specification; (c) every block valve opens and closes on command from the scheduling software and by schedule; (d) alarms for low reservoir level and pipe burst reach the farm manager's phone; and (e) the Custom Models produce irrigation plans approved by the Buyer's agronomist.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within five working days. If any criterion is not met, the Supplier shall remedy the defect and the relevant tests shall be repeated. Use of the System during the trial period or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period for the whole System is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective item free of charge, including batteries and solar panels, and supply software updates.
P:6.2 Faults are classified and handled as follows: a Severity 1 fault (irrigation control lost for one or more blocks, or the scheduling software unavailable) receives a response within 1 hour and a technician on site within 48 hours during the irrigation season; a Severity 2 fault (individual sensor nodes or valves failing) receives a response within one working day and repair within seven days.
P:6.3 For each hour of delay in the response time for a Severity 1 fault, the Supplier shall pay the Buyer CNY 600. For each day of delay in an on-site attendance, the Supplier shall pay CNY 1,500.
P:6.4 After the warranty period, the Supplier shall offer annual support at a fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 104,640 per year, which shall not be increased during the first two support years. Support is ordered by separate purchase order and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The Custom Models, block configurations, alarm settings and reports developed for the Buyer belong to the Buyer, who may use, modify and disclose them to other contractors freely. The Supplier shall deliver them in editable form.
P:7.2 The Supplier keeps its rights in the scheduling software and grants the Buyer a perpetual licence to use it.
H:Section 8 Data Security
P:8.1 All data collected by the System, including sensor readings, weather data, irrigation records and maps of the orchard, belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The scheduling software and its database shall be installed on the Buyer's server in Wensu County. Remote access by the Supplier requires the Buyer's approval for each session, two-factor authentication and a logged connection. No data shall be transferred outside mainland China.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to the System that it becomes aware of, assist in investigating it and bear the losses caused by any breach attributable to the Supplier.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and business information received under this Contract, including orchard maps, yields and prices, and shall not disclose it to a third party without prior written consent. This obligation survives termination for three years.
H:Section 10 Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation within the period in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier may engage a local contractor for trenching and cable laying only with the Buyer's prior written consent, and remains fully responsible for that contractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for delay caused by force majeure, such as earthquakes, sandstorms of exceptional severity, floods or government orders, provided it notifies the other party within five days and provides evidence. The time for performance is extended accordingly. If force majeure lasts more than 90 days, either party may terminate by written notice and the Supplier shall be paid for items delivered and installed.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English, both equally valid. It takes effect on signature by both parties.
P:15.2 The Buyer's invitation to tender, the Supplier's bid and the technical specification form part of this Contract. In case of conflict, this Contract prevails over the technical specification, and the technical specification prevails over the bid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# Managed Endpoint Patching Services Agreement

**Agreement reference:** HPW-LQ-2026-02

**Between**

1. **Hefei Lanqiao Home Appliances Co., Ltd.**, a company incorporated in the People's Republic of China with its registered address in the Hefei Economic and Technological Development Area, Anhui Province ("Customer"); and
2. **Husøy Patchworks AS**, a company incorporated in Norway with its registered office on Husøy, Senja Municipality, Troms, Norway ("Provider").

**Background.** Customer operates offices, two refrigerator and washing-machine factories and a spare-parts warehouse in Hefei with about 4,200 Windows and Linux endpoints. Provider operates a remote patch-management service. Customer wishes Provider to take over the testing, scheduling and deployment of operating-system and third-party application patches on those endpoints.

## 1. Definitions

1.1 "Endpoints" means the desktops, laptops, shop-floor terminals and servers listed in Schedule 1, up to 4,200 devices.
1.2 "Services" means the services described in Clause 2 and the Schedules.
1.3 "Service Acceptance" means Customer's written confirmation under Clause 4.
1.4 "Customer Data" means all data of Customer processed by Provider, including endpoint inventories, software lists, user names and logs.
1.5 "Subscription Year" means each successive period of the Term starting on the date of Service Acceptance or its anniversary.

## 2. Services

2.1 Provider shall deploy its patch agent to all Endpoints, maintain an inventory of installed software, assess new patches against Customer's approved software baseline, test patches on a pilot group of 60 Endpoints and deploy approved patches to all Endpoints in maintenance windows agreed with Customer's IT department.
2.2 Provider shall not deploy patches to shop-floor terminals connected to production lines except during the plant shutdown windows notified by Customer.
2.3 Provider shall operate a service desk in Chinese and English and provide a monthly report on patch compliance, failed deployments and open vulnerabilities.
2.4 The patch console used for the Services is hosted on infrastructure in mainland China (Shanghai region of a licensed Chinese cloud provider operated under Provider's account) and shall remain there.

## 3. Term

3.1 This Agreement starts on signature. The Services start on Service Acceptance and continue for two Subscription Years (the "Term").
3.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, including any change of charges.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within 45 days after signature.
4.2 Service Acceptance requires that: (a) the patch agent reports from every Endpoint in Schedule 1 that is switched on during the test week; (b) the software inventory matches Customer's asset register for a sample of 200 Endpoints chosen by Customer; (c) one full monthly patch cycle has been tested on the pilot group and deployed without an unplanned outage; and (d) the runbooks in Schedule 3 have been approved by Customer.
4.3 When the criteria are met, Customer shall sign the Service Acceptance form within five working days or state the reasons for refusal. Using the Services before Service Acceptance is not acceptance.
4.4 If Provider fails to achieve Service Acceptance within the period in Clause 4.1 for reasons attributable to it, Provider shall pay CNY 1,200 for each day of delay, deducted from the onboarding charge.

## 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 2.
5.2 If Provider misses a service level in a month, Customer is entitled to the service credit stated in Schedule 2, deducted from the next invoice. Credits are not Customer's only remedy for a material breach.

## 6. Charges and Payment

6.1 Customer shall pay the charges in Schedule 4. At Customer's request, all charges are stated and paid in Chinese Renminbi (CNY).
6.2 The monthly service charge is invoiced monthly in arrears. The onboarding charge is invoiced after Service Acceptance. No charge is payable in advance.
6.3 Customer shall pay correct invoices within 30 days after receipt. Endpoints above 4,200 are charged at the per-endpoint rate in Schedule 4 from the month in which they are added.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's written instructions, and shall not use it for any other purpose, including product development or benchmarking.
7.2 Provider shall hold ISO/IEC 27001 certification for the Services, protect the patch console with multi-factor authentication, log all administrator actions and keep the logs for at least 180 days. Provider personnel may access Customer Data only from approved accounts named in advance.
7.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data or the Endpoints, cooperate in the investigation and bear the costs and losses caused by incidents attributable to Provider, including any patch deployed in breach of the agreed runbooks.
7.4 On expiry or termination Provider shall return Customer Data and remove the patch agent or hand its administration over to Customer, and then delete its copies.

## 8. Scripts and Deliverables

8.1 Deployment scripts, packaging rules, baselines, runbooks and reports prepared for Customer belong to Customer. Customer may use and modify them and give them to any successor provider.
8.2 Provider retains its rights in its patch console and agent software, which Customer may use during the Term.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer's network design, vulnerabilities and production plans, and shall disclose it only to personnel who need it for this Agreement. This obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term stated in Schedule 4.
10.2 The limit does not apply to breach of Clause 7 or 9, to wilful misconduct or to personal injury.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 response target in three months of any six.
12.2 On termination Provider shall provide exit assistance for up to 60 days at the then current monthly rate.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Norway.
13.2 Any dispute shall be settled by the Oslo District Court in Norway.

## 14. General

14.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named by each party.
14.2 Neither party may assign this Agreement without the other party's prior written consent.
14.3 This Agreement is signed in English in two originals, one for each party.
14.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or a general failure of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice.
14.5 Amendments to this Agreement are valid only in writing signed by both parties.

## Schedule 1 - Endpoints

Offices: about 1,050 desktops and laptops. Factory A and Factory B: about 2,600 desktops and shop-floor terminals. Spare-parts warehouse: about 310 terminals. Servers: about 240 Windows and Linux servers. The detailed list is kept in Customer's asset register and updated monthly.

## Schedule 2 - Priorities and Service Levels

| Priority | Example | Response | Target | Service credit |
|---|---|---|---|---|
| P1 | actively exploited critical vulnerability, or a patch causing an outage of a production line | 30 minutes, any hour | patch or mitigation deployed, or failed patch rolled back, within 72 hours | 5% of the monthly service charge per miss |
| P2 | critical vulnerability not known to be exploited | 2 hours | deployed within 7 days | 2% of the monthly service charge per miss |
| P3 | routine monthly patches | next business day | deployed within the monthly cycle | 1% of the monthly service charge per miss |
| Console | availability of the patch console | - | 99.95% per month | 3% of the monthly service charge |

## Schedule 3 - Runbooks

Pilot testing, deployment, roll-back and emergency procedures, as approved by Customer during onboarding. Each runbook states the maintenance window, the approval needed from Customer's IT department, the checks made after deployment and the steps for rolling back a failed patch. Changes to a runbook require Customer's written approval.

## Schedule 4 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | up to 4,200 Endpoints, CNY 46,800 per month; CNY 561,600 per Subscription Year x 2 | 1,123,200 |
| Onboarding | one-time, after Service Acceptance | 78,000 |
| **Total charges for the Term** | | **1,201,200** |
| Additional Endpoints | CNY 11.20 per Endpoint per month | usage-based |

**Signed** for Hefei Lanqiao Home Appliances Co., Ltd.: ____________________

**Signed** for Husøy Patchworks AS: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + Schedule)
E05 = """MILEAGE HISTORY DATA API SUBSCRIPTION AGREEMENT

Agreement No.: SOD-SH-2026-118

PARTIES

(1) Shanghai Chejian Used Vehicle Trading Platform Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Minhang District, Shanghai ("Customer"); and

(2) Škarda Odometer Data d.o.o., a limited liability company incorporated in Croatia with its registered seat on Otok Škarda, Zadar County, Croatia ("Vendor").

RECITALS

(A) Customer operates an online platform on which dealers and private sellers list used passenger cars and light commercial vehicles for sale in mainland China.
(B) Vendor compiles odometer and service-history records from inspection stations, service networks, insurers and auction houses, and makes them available through an application programming interface (the "API").
(C) Customer wishes to query the API for every vehicle listed on its platform in order to show buyers a mileage-history report and to flag suspected odometer tampering.

1. DEFINITIONS

1.1 "Query" means one call to the API for one vehicle identification number (VIN).
1.2 "Query Data" means the VINs, listing identifiers and other information that Customer sends to the API, and the log of Customer's Queries.
1.3 "Report" means the mileage-history result returned by the API for a Query.
1.4 "Subscription Year" means each successive period of the Subscription Term starting on the Service Start Date or an anniversary of it.
1.5 "Service Start Date" means the date on which Customer signs the Integration Acceptance form.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API under the Dealer Plus plan described in the Schedule, including up to 600,000 Queries in each Subscription Year.
2.2 Vendor shall provide a sandbox environment, API documentation in Chinese and English, and integration support by its engineers until Integration Acceptance.
2.3 Vendor shall adapt the Report format to Customer's listing pages and prepare a field mapping for Customer's listing database (together, the "Integration Deliverables").
2.4 Customer may display Reports, or summaries of them, to buyers on its platform and in its mobile applications, but shall not resell Reports to third parties as a data product.

3. SUBSCRIPTION TERM

3.1 The Subscription Term starts on the Service Start Date and lasts three Subscription Years.
3.2 At the end of the Subscription Term, this Agreement renews for a further Subscription Year at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 90 days before the end of the then current term. Any change of fees for a renewal term requires a written amendment signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the production API and the Integration Deliverables available within 30 days after signature of this Agreement.
4.2 Integration Acceptance requires that: (a) the API returns a Report for each of the 2,000 VINs in Customer's test set, with results matching the expected results agreed in advance for at least the share stated in the Schedule; (b) the median response time for a Query measured over one test day is below 800 milliseconds; (c) Reports display correctly on Customer's listing pages; and (d) error codes and retry behaviour follow the API documentation.
4.3 When these criteria are met Customer shall sign the Integration Acceptance form within five business days. Use of the sandbox or of the production API for testing is not acceptance.
4.4 If Vendor fails to make the production API and the Integration Deliverables available within the period in Clause 4.1 for reasons attributable to Vendor, it shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, measured by Vendor's monitoring and checked against Customer's own logs. Scheduled maintenance is excluded if notified 72 hours in advance and performed between 02:00 and 05:00 Beijing time.
5.2 Priority 1 incidents (the API is unavailable or returns errors for more than half of Queries) shall receive a response within 1 hour at any time of day, and Vendor shall restore service within 6 hours. Priority 2 incidents (slow responses or incorrect Reports for some vehicles) shall receive a response within 8 business hours.
5.3 If Vendor misses the availability level, Customer receives a service credit of 5% of the quarterly fee for each 0.1 percentage point of shortfall, rounded down, up to half of the quarterly fee. If Vendor misses the restoration time for a Priority 1 incident, Customer receives a further credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

6. FEES AND PAYMENT

6.1 At Customer's request, all fees are stated and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule.
6.2 The subscription fee is invoiced quarterly in arrears. The integration fee is invoiced after Integration Acceptance. Queries above the annual allowance are invoiced quarterly in arrears at the overage rate in the Schedule.
6.3 Customer shall pay each undisputed invoice within 30 days after receipt. No fee is payable before the Service Start Date.

7. QUERY DATA AND SECURITY

7.1 Query Data belongs to Customer. Vendor shall use Query Data only to answer Customer's Queries and to invoice Customer, and shall not add Query Data to its history database, sell it or use it to profile Customer's sellers or listings.
7.2 Vendor shall process Query Data only on servers located in mainland China operated by Shanghai Yunduan Hosting Co., Ltd., the hosting provider approved by Customer on signature of this Agreement. All traffic between Customer and the API shall be encrypted, access keys shall be rotated every quarter, and access to Query Data within Vendor shall be limited to named engineers and logged.
7.3 Vendor shall notify Customer within 12 hours of becoming aware of any unauthorised access to Query Data or to Customer's access keys, take immediate steps to contain it and bear the losses and regulatory penalties caused by a breach attributable to Vendor or its hosting provider.
7.4 On expiry or termination Vendor shall delete Query Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API, its database and the Reports, and grants Customer a non-exclusive licence to use and display Reports as permitted by Clause 2.4 during the Subscription Term. Reports displayed on listings before expiry may remain on those listings.
8.2 The Integration Deliverables belong to Customer, who may use, modify and hand them to other suppliers without restriction.
8.3 Vendor warrants that it has the rights necessary to supply the Reports to Customer for the permitted use and shall indemnify Customer against third-party claims alleging otherwise.

9. SUBCONTRACTING

9.1 Apart from the hosting provider named in Clause 7.2, Vendor shall not subcontract any part of the Service without Customer's prior written consent. Vendor remains responsible for the hosting provider and any approved subcontractor.

10. LIABILITY

10.1 Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.
10.2 Neither party shall be liable for indirect or consequential loss or loss of profit.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
11.2 Customer may also terminate by written notice if the availability level is missed in three consecutive months.
11.3 On termination Customer shall pay fees for the Service provided up to the termination date, and Vendor shall refund any fees paid for the period after that date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above, with a copy by e-mail.
13.2 Neither party may assign this Agreement without the other party's written consent.
13.3 This Agreement, including the Schedule, is the entire agreement of the parties on its subject matter.
13.4 Amendments are valid only in writing signed by both parties. If a provision is invalid, the remaining provisions stay in force.

SCHEDULE - PLAN AND FEES

Part A. Plan: Dealer Plus. Up to 600,000 Queries per Subscription Year. Match level required for Integration Acceptance under Clause 4.2(a): at least 97% of the test set.

Part B. Fees (CNY):
  Subscription fee per Subscription Year ............ 148,000
  Subscription fees for three Subscription Years .... 444,000
  Integration fee, one-time ............................ 26,000
  Total fees for the Subscription Term ............... 470,000
  Overage: CNY 0.18 per Query above the annual allowance (usage-based, not included in the total).

Part C. Approved hosting provider: Shanghai Yunduan Hosting Co., Ltd., Shanghai, data centres in Shanghai and Suzhou.

SIGNED for Shanghai Chejian Used Vehicle Trading Platform Co., Ltd.: ____________________

SIGNED for Škarda Odometer Data d.o.o.: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

C = {}  # stem -> (file, lang, category, terms, extra, rules, text source, kind)


def add(stem, fname, lang, category, value, terms, extra, rules):
    t = dict(OK)
    t.update(terms)
    terms = {k: t[k] for k in KEYS}
    ex = {"sla_clause": extra.pop("sla_clause", True), "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if terms["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra.pop("post_warranty_fee_capped")
    ex["acceptance_deemed_on_delivery"] = extra.pop("acceptance_deemed_on_delivery", False)
    ex["contract_value"] = value
    assert not extra
    C[stem] = dict(file=fname, language=lang, category=category, expected_terms=terms, expected_extra=ex,
                   expected_rules=sorted(rules))


add("h309z01", "h309z01_msa_ais_traffic_monitoring_platform.pdf", "zh", "hardware", 3060000,
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=612000 / 3060000 * 100, final_payment_on_acceptance=True, warranty_months=36,
         post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), [])
add("h309z02", "h309z02_aluminium_foil_mill_agc_retrofit.docx", "zh", "hardware", 2680000,
    dict(availability_pct=None, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=50,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
         termination_for_breach=False, contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), ["CR-LIABILITY-CAP", "CR-TERMINATION"])
add("h309z03", "h309z03_kids_photo_chain_booking_saas.txt", "zh", "cloud", 436000,
    dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
    dict(), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
add("h309z04", "h309z04_disabled_persons_federation_system_om.txt", "zh", "services", 412000,
    dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.02,
         liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, contract_kind="service"),
    dict(sla_clause=False), ["CR-LD-LOW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
add("h309z05", "h309z05_mahua_factory_wms_supplier_template.md", "zh", "software", 848000,
    dict(availability_pct=None, p1_response_hours=12, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
         ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=551200 / 848000 * 100, acceptance_clause=False,
         final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"])
add("h309e01", "h309e01_stone_carving_relief_software_greek_vendor.pdf", "en", "software", 910000,
    dict(availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
         prepayment_pct=182000 / 910000 * 100, final_payment_on_acceptance=True, warranty_months=18,
         post_warranty_fee_pct=202800 / 780000 * 100, governing_law="Greece", contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
add("h309e02", "h309e02_climbing_park_booking_saas_estonian_vendor.md", "en", "cloud", 201200,
    dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=300 / 201200 * 100,
         liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=True, governing_law="Estonia", contract_kind="service"),
    dict(), ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-GOVERNING-LAW"])
add("h309e03", "h309e03_walnut_orchard_irrigation_sensors_danish_integrator.docx", "en", "hardware", 1692000,
    dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
         contract_kind="goods_or_licence"),
    dict(post_warranty_fee_capped=True), [])
add("h309e04", "h309e04_appliance_maker_managed_patching_norwegian_provider.md", "en", "services", 1201200,
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1201200 * 100, liability_cap_pct=150,
         prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         governing_law="Norway", contract_kind="service"),
    dict(), ["CR-GOVERNING-LAW"])
add("h309e05", "h309e05_used_car_mileage_api_croatian_vendor.txt", "en", "cloud", 470000,
    dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=500 / 470000 * 100,
         liability_cap_pct=6 / 36 * 100, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, contract_kind="service"),
    dict(), ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"])

SRC = {"h309z01": Z01, "h309z02": Z02, "h309z03": Z03, "h309z04": Z04, "h309z05": Z05,
       "h309e01": E01, "h309e02": E02, "h309e03": E03, "h309e04": E04, "h309e05": E05}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
# itemised licence / hardware subtotal (TCO fee base)
FEE_BASE = {"h309z01": 2374000, "h309z02": 2092000, "h309z05": 476000, "h309e01": 780000, "h309e03": 1395200}


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")


def tco(stem):
    t, ex = C[stem]["expected_terms"], C[stem]["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[stem]
    return ex["contract_value"] + fees, fees / (ex["contract_value"] + fees) * 100


def derived_rules(stem):
    """The rules the labels imply under policy.md (a check that labels and expected rules agree)."""
    t, ex = C[stem]["expected_terms"], C[stem]["expected_extra"]
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(stem)
        if x and x[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or stem in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


FOREIGN_FORUM = set()  # a mainland law with a forum outside mainland China: none in this set

# ---------------------------------------------------------------- threshold scan
_CN = "〇零一二三四五六七八九十百两"
FORBIDDEN = {
    "availability 99.9": r"(?<![\d.])99\s*[.．]\s*90*(?![\d])|九十九点九(?!\w)",
    "P1 4 hours": r"(?<![\d.])4\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b)|(?<![" + _CN + r"])四个?小时|\bfour[\s-]+hours?\b"
                  r"|(?<![\d.])240\s*(分钟|min)|二百四十分钟",
    "LD 0.05 %/day": r"(?<![\d.])0\s*[.．]\s*050*(?!\d)|万分之五(?![十])|five hundredths",
    "cap 100 %": r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent|percent)|百分之百|百分之一百(?![零一二三四五六七八九十])"
                 r"|one hundred per\s*cent",
    "30 %": r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九点])|三成|thirty per\s*cent",
    "40 %": r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|四成|forty per\s*cent",
    "15 %": r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent|percent)|(?<![" + _CN + r"])百分之十五|fifteen per\s*cent",
    "12 months / one year": r"(?<![\d.])12\s*(个月|月(?![\d_])|months?\b)|(?<![" + _CN + r"])十二个?月|twelve[\s-]+months?"
                            r"|(?<![" + _CN + r"第每\d])一年|\bone[\s-]+year\b|(?<![\d.])1[\s-]+year\b|\ba full year\b",
    "5 years / 60 months": r"(?<![\d.])5\s*(个)?\s*(年|[- ]years?\b)|(?<![" + _CN + r"])五年|\bfive[\s-]+years?\b"
                           r"|(?<![\d.])60\s*(个)?\s*(月|months?\b)|六十个?月|sixty[\s-]+months?",
}
MUST_HIT = ["4小时", "4 hours", "四小时", "4个小时", "four hours", "240分钟", "99.9%", "99.90%", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "百分之四十", "15%", "百分之十五", "15 per cent",
            "12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "5年", "五年", "five years",
            "5-year", "60个月", "60 months"]
MUST_MISS = ["24小时", "二十四小时", "14 hours", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "1.5%", "130%",
             "四十二个月", "二十二个月", "2025年", "2026年", "二〇二五年", "十五年", "第一年", "每一年", "0.055",
             "150%", "140%", "1.5倍", "120 months", "25 years", "240,000", "60 days", "112 months", "60日", "2026年12月31日", "2025年12月__日"]


def scan(text):
    flat = re.sub(r"\s+", " ", text)
    squeezed = re.sub(r"\s+", "", text)
    hits = []
    for name, rx in FORBIDDEN.items():
        for variant in (text, flat, squeezed):
            m = re.search(rx, variant, re.I)
            if m:
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
                break
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "regex misses " + s
    for s in MUST_MISS:
        assert not scan(s), ("regex hits " + s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    built = {k: v for k, v in SRC.items() if C[k]["file"].endswith((".docx", ".pdf"))}
    write(built, {k: (C[k]["file"], C[k]["file"].rsplit(".", 1)[1]) for k in built}, OUT, wrap_words=True)
    for k, src in SRC.items():
        if k not in built:
            (OUT / C[k]["file"]).write_text(src, encoding="utf-8")
            print("wrote", C[k]["file"])
    covered, problems = set(), []
    for k, lab in C.items():
        path = OUT / lab["file"]
        text = read_back(path)
        n = len(text) if lab["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        for h in scan(text):
            problems.append("%s threshold figure %s: %r" % (k, h[0], h[1]))
        t = lab["expected_terms"]
        for key, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - bad) > 1e-6, (k, key)
        x = tco(k)
        assert x is None or abs(x[1] - 40) > 0.5, (k, x)
        d = derived_rules(k)
        if d != lab["expected_rules"]:
            problems.append("%s derived %s != expected %s" % (k, d, lab["expected_rules"]))
        covered |= set(lab["expected_rules"])
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-5s n=%5d risk=%-6s tco=%s rules=%s" % (k, lab["language"], n, risk(lab["expected_rules"]),
              "-" if x is None else "%.0f/%.2f%%" % x, ", ".join(lab["expected_rules"]) or "(none)"))
    counts = sorted(len(v["expected_rules"]) for v in C.values())
    assert counts.count(0) == 2 and counts[-1] >= 8, counts
    singles = [k for k, v in C.items() if len(v["expected_rules"]) == 1]
    assert len(singles) == 1 and risk(C[singles[0]]["expected_rules"]) == "low", singles
    assert sum(1 for c in counts if 2 <= c <= 3) == 6, counts
    missing = ALL_RULES - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
