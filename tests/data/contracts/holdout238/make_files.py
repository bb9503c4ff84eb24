"""holdout238: writes the ten contracts, their labels, and checks sums, labelled figures, rules and thresholds."""
import sys
sys.dont_write_bytecode = True
import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["h238z01"] = """# 市教育局招生入学与学籍管理平台建设项目合同

项目编号：JYJ-ZFCG-2027-014（政府采购 公开招标）

采购人（甲方）：某市教育局
中标供应商（乙方）：知行教育信息技术有限公司

依据《中华人民共和国政府采购法》、招标文件、乙方投标文件及中标通知书，甲乙双方就市义务教育招生入学与学籍管理平台建设事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件为本合同组成部分；如有冲突，以本合同条款为准。

## 第一条 项目内容
1.1 乙方提供招生入学与学籍管理平台软件许可（市、区、校三级部署，永久使用），并完成以下定制开发：网上报名与资格审核、房产与户籍信息比对接口、学位分配与摇号模块、学籍异动与转学审批流程、统计报表与驾驶舱。
1.2 乙方负责将现有学籍系统中近八年的学生档案迁移至新平台，并承担部署、联调、培训及上线保障。
1.3 平台部署于甲方政务云，乙方不得将任何业务数据存放于政务云以外的环境。

## 第二条 合同价款
2.1 合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），为含税固定总价，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 平台软件许可 | 1,180,000 |
| 2 | 定制开发（报名、比对接口、学位分配、学籍流程、报表） | 640,000 |
| 3 | 历史学籍数据迁移 | 210,000 |
| 4 | 部署实施与培训 | 150,000 |
| | 合计 | 2,180,000 |

2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。

## 第三条 付款方式
3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%，即¥436,000，作为预付款。
3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥981,000。
3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥763,000。
3.4 乙方每期请款前应开具合规发票；甲方按财政国库集中支付程序付款。

## 第四条 工期
乙方应于合同签订后九十日内完成开发部署并申请初步验收，并保证于当年春季招生报名开始前平台稳定运行。

## 第四条之一 项目管理与培训
4.1 乙方应指定具有同类教育平台实施经验的项目经理常驻甲方现场，未经甲方书面同意不得更换；项目经理每周提交进度报告，列明已完成事项、风险及下周计划。
4.2 乙方应分别为市、区两级管理员及各校招生、学籍专干组织操作培训，培训覆盖全部学校，每所学校至少两名人员；培训教材、操作视频及常见问题手册交甲方留存，并可由甲方自行修改和复制使用。
4.3 报名期及学位分配期间，乙方应安排不少于三名技术人员在甲方现场值守，并开通专用服务热线，值守期间人员费用已包含在合同总价内。

## 第四条之二 技术要求
4.4 平台应支持统一身份认证接入，学生家长可通过政务服务移动端实名登录报名；系统应兼容主流浏览器及移动终端，报名页面提供无障碍阅读模式。
4.5 平台应提供招生政策公示、学区查询、报名进度查询和录取结果查询功能，录取结果发布前须经甲方两级审核；所有审核、分配和变更操作均应保留完整日志，日志保存期限不少于六个月。
4.6 乙方应提交需求规格说明书、概要设计、数据库设计、测试报告、部署手册和用户手册，文档经甲方确认后作为验收依据。

## 第五条 验收
5.1 初步验收标准：全部功能按需求规格说明书通过测试；比对接口返回准确率经双方抽检无差错；在两千用户并发条件下，报名提交响应时间不超过二秒。
5.2 最终验收标准：平台连续试运行六十日，无一级故障；迁移数据经学校逐校核对确认一致；第三方机构出具的等级保护测评及密码应用安全性评估报告均合格。
5.3 甲方应在乙方书面申请后十个工作日内组织验收并出具书面验收报告。平台上线运行、甲方使用或支付任何款项均不视为验收合格。

## 第六条 质量保证与维护
6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
6.2 质保期满后，如甲方选择续签维护，年度维护费不超过平台软件许可价格的7%，即每年不超过¥82,600，且该价格在质保期满后的连续三个年度内不作调整。维护合同到期后不自动续期，由甲方另行决定。

## 第七条 服务水平
7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日通知甲方且不得安排在报名期）。
7.2 故障分为三级。一级故障（报名或审核无法进行、数据错误）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应；三级故障下一工作日处理。
7.3 一级故障响应或恢复每超时一小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述金额可从应付款中扣除。

## 第八条 数据安全
8.1 平台中的学生及家长个人信息、学籍档案和一切业务数据均归甲方所有。乙方仅为履行本合同处理该等数据，不得用于其他任何目的，不得向第三方提供。
8.2 乙方人员须通过堡垒机访问，实行最小权限并留存操作日志；不得下载、复制或带离任何数据；测试须使用甲方提供的脱敏样本。
8.3 乙方应遵守《个人信息保护法》《数据安全法》及未成年人个人信息保护的有关规定。发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取补救措施，并承担由此造成的全部损失及法律责任。

## 第九条 保密
双方对在履行合同过程中获知的对方未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。

## 第十条 知识产权
10.1 乙方保留平台产品本身的知识产权。
10.2 本项目定制开发的模块、接口程序、报表、源代码及相关文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码。
10.3 乙方保证其交付物不侵犯第三方合法权益，否则由乙方承担全部责任。

## 第十一条 违约责任
11.1 乙方逾期完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 乙方交付的平台不符合约定且经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
11.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付利息。

## 第十二条 分包
乙方不得将本项目的任何部分分包或转包给第三方。

## 第十三条 合同解除
乙方有重大违约行为，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同。

## 第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 第十五条 其他
15.1 因地震、洪水等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，双方协商调整工期；但乙方不得以不可抗力为由拒绝在报名期内提供应急保障。
15.2 双方的通知以书面形式送达本合同首页所列地址，变更地址应提前书面告知对方。
15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
15.4 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。

甲方（盖章）：某市教育局　　　　　　乙方（盖章）：知行教育信息技术有限公司
代表人：　　　　　　　　　　　　　　代表人：
日期：　　　　　　　　　　　　　　　日期：
"""

SRC["h238z02"] = """T:铜箔表面缺陷在线检测系统采购合同
P:合同编号：TB-CG-2027-0319
P:买方（甲方）：江南高精电子铜箔有限公司
P:卖方（乙方）：明眸机器视觉科技有限公司
P:鉴于甲方拟在其两条锂电铜箔分切生产线上建设表面缺陷在线检测系统，乙方具备相应的设备供应、软件开发和现场实施能力，双方在平等自愿的基础上，就该系统的供货、安装、调试、培训及售后维保事宜达成如下条款，共同遵守。
H:一、供货范围
P:1. 乙方为甲方两条分切线各提供一套在线检测单元，每套包括高速线阵相机、条形光源、编码器、工控机、声光报警装置和打标器，并提供缺陷检测软件许可（含针孔、划痕、褶皱、氧化斑点、毛边等缺陷识别）。
P:2. 乙方负责依据甲方提供的缺陷样本训练识别模型，完成与甲方MES系统的数据对接，将缺陷图片、位置和分级结果实时写入MES卷号档案。
P:3. 乙方负责设备安装、调试、试运行及对甲方操作人员和设备维护人员的培训。
H:二、合同价格
P:合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），含税、含运输、保险、安装及培训费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|在线检测单元（相机、光源、工控机等硬件）|2套|1,560,000
TB:2|缺陷检测软件许可（永久）|2套|540,000
TB:|软硬件小计||2,100,000
TB:3|安装调试与MES对接||132,000
TB:4|操作及维护培训||48,000
TB:|合同总价||2,280,000
H:三、付款
P:1. 合同生效后十个工作日内，甲方支付合同总价的20%，即¥456,000。
P:2. 设备到货并安装完成后，甲方支付合同总价的50%，即¥1,140,000。到货安装不视为验收。
P:3. 系统通过终验后，甲方支付合同总价的25%，即¥570,000。
P:4. 其余5%即¥114,000作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、交货与工期
P:乙方应在合同生效后七十五日内完成到货，到货后三十日内完成安装调试并提交终验申请。设备到达甲方厂区时，双方共同开箱清点，清点记录作为交货凭证。
H:四之一、包装、运输与交付
P:1. 设备应采用防震、防潮包装，相机和镜头单独装箱并放置干燥剂，外箱标明收货单位、合同编号、箱号及“小心轻放”“防潮”等字样。因包装不当造成的损坏由乙方负责更换，所需时间不顺延工期。
P:2. 乙方负责运输和装卸至甲方指定车间门口，运输保险由乙方投保，货物毁损灭失的风险在双方签署开箱清点记录后转移给甲方。
P:3. 安装所需的支架、线缆、桥架及辅材由乙方提供，费用已包含在合同总价内；甲方负责提供安装位置、电源接口和网络接口。
P:4. 试运行期间，乙方应安排工程师驻厂，按班次记录检测数据和误报情况，每周与甲方质量部门召开一次调优会议，会议纪要由双方签字确认。
H:四之二、技术性能要求
P:1. 检测幅宽覆盖分切线全幅，横向分辨率不低于0.1毫米；系统应在缺陷发生后一秒内完成报警并在卷号档案中记录缺陷位置。
P:2. 软件界面应为中文，支持按缺陷类型、卷号、班次查询统计，可导出缺陷分布图和质量日报。
P:3. 工控机应配置冗余电源和不间断电源，断电后图像数据不得丢失。
P:4. 光源及相机防护等级应满足铜箔车间的温湿度和粉尘环境要求，乙方应提供相应的检测报告。
H:五、验收
P:1. 终验标准：系统连续运行三十日；对宽度在0.2毫米以上的针孔与划痕检出率不低于98%，误报率不高于千分之五（按卷统计）；检测速度满足每分钟一百二十米的生产线速；缺陷数据完整写入MES并可按卷号追溯。
P:2. 甲方在收到终验申请后七日内组织测试，测试合格的，双方签署终验报告。未达标准的，乙方应在十五日内整改并重新申请。
H:六、质量保证
P:1. 质保期为十八个月，自终验合格之日起计算。质保期内，乙方免费维修或更换故障部件，并免费提供软件升级与模型调优。
P:2. 质保期满后，乙方提供年度维保服务，包括备件更换、现场巡检、模型再训练和软件升级，年度维保费为软硬件小计的24%，即每年¥504,000，按年预付。
H:七、售后服务
P:1. 一级故障（检测系统停机或漏检导致整卷放行）乙方应在2小时内响应，8小时内到场。二级故障在八小时内响应。
P:2. 一级故障响应每超时一小时，乙方支付违约金¥800；到场每超时一小时，支付¥1,500。
H:八、违约责任
P:1. 乙方迟延交货或迟延完成安装调试的，每迟延一日，按合同总价的万分之三向甲方支付违约金。
P:2. 系统经两次整改仍未通过终验的，甲方有权退货并要求乙方返还全部已付款项，同时赔偿甲方因此产生的直接损失。
P:3. 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:九、知识产权
P:乙方保留其检测软件产品的知识产权。乙方以甲方缺陷样本训练形成的识别模型、参数文件以及为本项目开发的MES对接程序归甲方所有，甲方可自行修改、使用并许可第三方维护。
H:十、数据安全与保密
P:1. 检测过程中产生的图像、工艺参数和质量数据归甲方所有，存储于甲方服务器，乙方仅可为履行本合同使用。
P:2. 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN接入并全程录屏；不得拷贝、外传任何生产数据。发生数据泄露的，乙方应在两小时内通知甲方，并承担由此造成的损失。
P:3. 双方对合同内容及履约中知悉的对方技术和经营信息负有保密义务，期限至合同终止后三年。
H:十一、分包
P:乙方不得将本合同项下的主要工作分包；辅助安装工作如需分包，应事先取得甲方书面同意，乙方对分包方的行为负责。
H:十一之一、技术资料、备件与培训
P:1. 乙方应随设备提交安装手册、操作手册、维护手册、电气图纸、软件安装包、模型参数文件备份及出厂检测报告，纸质版两套、电子版一套。
P:2. 乙方应随货免费提供每套检测单元所需的易损备件（光源模块、编码器联轴器、打标器喷头各一件），并在质保期内保证关键备件的供应周期不超过七日。
P:3. 乙方应为甲方操作人员开展不少于三天的现场培训，内容包括系统操作、缺陷判读、报警处理和日常清洁保养；为设备维护人员开展不少于五天的专项培训，内容包括相机标定、光源更换、工控机故障排查和模型再训练。培训结束后进行考核，考核合格人员应能够独立处理常见故障。
P:4. 乙方应在每次现场服务后提交服务报告，载明故障现象、原因、处理措施和更换部件，经甲方设备部门签字确认。
H:十一之二、安全生产
P:乙方人员进入甲方厂区应遵守甲方的安全生产、防火防尘和洁净车间管理制度，穿戴规定的劳动防护用品；设备安装不得影响生产线正常运行，需停线作业的，应提前三日提交作业方案并经甲方生产部门批准。因乙方人员违章作业造成的人身或财产损失由乙方承担。
H:十二、合同解除
P:乙方严重违约且在甲方书面催告后十五日内仍未纠正的，甲方有权解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议提交无锡仲裁委员会仲裁。
H:十四、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：技术规格书、缺陷样本清单、培训计划。
P:甲方（盖章）：江南高精电子铜箔有限公司　　乙方（盖章）：明眸机器视觉科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　　　日期：
"""

SRC["h238z03"] = """洗车连锁门店预约与会员管理系统服务协议

协议编号：QX-SaaS-2027-06

甲方（客户）：清逸汽车服务连锁有限公司
乙方（服务商）：云泊数字科技有限公司

甲方经营四十家洗车及汽车美容门店，拟统一使用线上预约、会员储值、洗车卡核销和门店经营分析系统。乙方以软件即服务方式提供其“云泊门店通”系统，并负责实施上线。双方经协商，订立本协议。

一、服务内容
（一）乙方向甲方四十家门店开通“云泊门店通”系统账号，功能包括：微信小程序预约与排队叫号、会员储值与次卡、优惠券营销、门店收银与工单、员工提成计算、总部经营分析看板。
（二）实施服务：乙方负责甲方现有会员数据（约十八万条）及储值余额的迁移核对、小程序页面按甲方品牌定制、门店收银设备调试、店长及收银员培训。
（三）系统部署在乙方租用的境内云服务器上，乙方负责运行维护和版本更新。

二、服务期限
服务期为二十四个月，自全部门店上线验收通过之日起算。

三、费用
（一）订阅费：每家门店每月¥1,180，四十家门店每月合计¥47,200，服务期内订阅费合计¥1,132,800。
（二）实施费：一次性¥86,000。
（三）本协议总金额为¥1,218,800（订阅费¥1,132,800＋实施费¥86,000）。
（四）短信、支付通道手续费由甲方按第三方实际收费另行承担，不计入本协议金额。

四、付款
（一）实施费在上线验收通过后十五日内一次付清。
（二）订阅费按月结算，乙方于每月结束后开具上月发票，甲方于收票后十个工作日内支付。
（三）甲方无需在服务开通前支付任何款项。

五、实施与上线验收
（一）乙方应在协议签订后四十五日内完成全部门店上线。
（二）上线验收标准：会员数据及储值余额迁移与甲方原系统逐条核对一致；各门店完成不少于一百笔真实订单的预约、收银、核销全流程；小程序在高峰时段页面打开时间不超过三秒；总部看板数据与门店收银数据一致。
（三）甲方在乙方提交验收申请后七个工作日内组织验收并签署验收单。
（四）乙方逾期上线的，每逾期一日支付违约金¥800。

六、服务水平
（一）系统月度可用率不低于99.5%。
（二）一级故障（全部门店无法收银或预约）乙方应在1小时内响应，并尽快恢复；二级故障（部分功能不可用）在三小时内响应。
（三）月度可用率未达到承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障响应超时的，每次抵扣¥500。

七、数据
（一）甲方会员信息、交易记录和门店经营数据归甲方所有。
（二）甲方同意，乙方可对甲方数据进行脱敏和汇总处理，用于乙方行业分析报告、产品改进及向其他客户提供的区域洗车消费指数，该等使用在本协议终止后仍可继续。
（三）乙方应采取加密存储、访问控制和操作审计等措施保障数据安全，取得等级保护三级备案；发生数据泄露时应在六小时内通知甲方，并赔偿甲方因此遭受的损失。
（四）协议终止后三十日内，乙方应将甲方数据完整导出交付甲方，并在甲方确认后删除。

八、保密
双方对本协议内容及履行中获知的对方商业秘密负有保密义务，保密期至协议终止后三年。

九、知识产权
“云泊门店通”系统的知识产权归乙方。乙方为甲方定制的小程序页面、品牌素材及专用报表归甲方所有，甲方可自行修改或交由第三方使用。

十、续期
服务期届满前三十日任何一方未书面提出不续约的，本协议自动续期两年；续期期间乙方有权按其届时公布的标准价格调整订阅费，甲方不得以此为由拒绝续期费用。

十、之一 培训、支持与服务报告
（一）乙方应在上线前为每家门店的店长和收银员安排不少于两次的现场或线上培训，并为总部运营、财务人员安排专项培训；培训课件、操作手册和短视频交甲方留存，甲方可在内部自由复制使用。
（二）服务期内乙方提供每日八时至二十二时的客服热线和在线工单支持，门店节假日营业期间客服时间相应延长。
（三）乙方每月第五个工作日前向甲方提交上月服务报告，载明系统可用率、故障清单及处理时长、版本更新内容和下月计划；甲方对报告有异议的，双方在五个工作日内核对。
（四）乙方进行版本更新应提前三个工作日通知甲方，更新不得安排在周末及法定节假日的营业高峰时段；更新导致已上线功能不可用的，视为一级故障。

十、之二 甲方义务
（一）甲方应指定项目联系人，协调各门店配合数据核对、设备调试和培训。
（二）甲方应保证其提供的会员数据来源合法，并已就数据迁移和系统使用向会员履行告知义务。
（三）甲方应妥善保管系统账号和密码，因甲方人员泄露账号导致的损失由甲方承担。
（四）甲方新增门店的，按本协议约定的每店每月单价开通，新增门店的服务期与本协议服务期同时届满。

十一、分包
乙方将实施或运维工作交由第三方完成的，须事先取得甲方书面同意。

十一之一、系统对接与设备
（一）乙方应将系统与甲方现有的财务软件和企业微信对接，实现每日营业额自动汇总、会员充值对账和员工排班消息推送；对接所需接口文档由甲方协调原供应商提供。
（二）门店收银设备（扫码枪、小票打印机、收银平板）由甲方自行采购，乙方负责免费调试，并提供兼容设备清单；甲方采购清单以外设备的，乙方应尽力适配。
（三）乙方应提供洗车机联动接口，门店如配备自动洗车机，可在会员扫码后自动启动相应洗车程序，并将洗车次数同步至会员账户。
（四）服务期内甲方提出的小规模功能调整（每次预估工作量不超过三人日），乙方应免费完成；超出部分由双方另行书面商定工作量和费用，未经甲方书面确认的工作乙方不得计费。

十一之二、门店扩展与账号管理
（一）甲方可在服务期内随时为门店增减员工账号，账号数量不另行收费。
（二）系统应支持按门店、区域设置不同的价格与优惠规则，由甲方总部统一审批后生效。

十二、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除本协议，乙方应退还未使用期间的费用。
（二）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知。

十二之一、服务终止与数据迁出
（一）本协议因任何原因终止或期满不再续约的，乙方应在甲方要求的时间内配合甲方将会员、储值余额、次卡和历史交易数据迁移至甲方指定的新系统，并提供数据字典和字段说明。
（二）在数据迁移完成前，乙方应保持系统只读访问，供门店查询会员余额和办理退款，期间不收取额外费用。
（三）会员储值资金由甲方自行收取和管理，乙方系统仅记录余额，不经手任何资金。

十三、法律适用与争议解决
本协议适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十四、其他
（一）因不可抗力或基础电信运营商、云服务商大范围故障导致服务中断的，受影响一方应及时通知对方，不可抗力期间不计入可用率考核，但乙方应尽力恢复服务并优先保障收银功能。
（二）本协议的通知以书面或电子邮件方式发送至首页地址或双方指定邮箱。
（三）本协议附件包括：功能清单、实施计划、数据迁移方案、服务水平说明，附件与本协议具有同等效力。
（四）本协议自双方盖章之日起生效，一式两份，各执一份。

甲方（盖章）：清逸汽车服务连锁有限公司
乙方（盖章）：云泊数字科技有限公司
签署日期：
"""

SRC["h238z04"] = """T:县农业气象服务平台年度运行维护服务合同
P:合同编号：QXJ-YW-2027-02
P:采购方式：政府采购 单一来源
P:采购人（甲方）：某县气象局
P:供应商（乙方）：云岭天衡气象科技有限公司
P:鉴于县农业气象服务平台由乙方于前期建设并掌握其核心软件，经财政部门批准采用单一来源方式采购该平台运行维护服务。依据《政府采购法》及其实施条例、单一来源采购文件和乙方响应文件，双方订立本合同。
H:第一章 服务范围与期限
P:第一条 乙方为甲方提供农业气象服务平台的年度运行维护服务，范围包括：平台应用软件、数据库及中间件的日常巡检和故障处理；全县二十六个自动气象站及九个农田小气候站的数据接入监控；作物生育期气象预报、病虫害气象等级预报、霜冻与干热风预警产品的自动生成与发布链路保障；面向种植大户和合作社的短信、微信推送通道维护；平台安全加固与漏洞修补。
P:第二条 服务期自2027年1月1日起至2027年12月31日止。期满后本合同不自动续期，是否继续采购由甲方依法另行决定。
P:第三条 乙方应配备驻点工程师一名，工作日在甲方机房值守；春播、三夏、秋收及重大天气过程期间实行二十四小时值班。
H:第一章之二 运维工作要求
P:第三条之一 日常巡检：乙方每日两次检查平台各服务进程、数据库表空间、存储容量和数据接入队列，每周检查一次备份完整性并抽查恢复，每月对全部自动气象站开展一次数据质量比对，发现缺测、异常值或时钟偏差的，应在当日通知甲方装备保障人员并协助处理。
P:第三条之二 预警发布保障：霜冻、干热风、暴雨等预警产品生成后，乙方应确保短信和微信通道在规定时限内完成推送，并每日核对发送回执；通道供应商出现故障时，应立即启用备用通道并报告甲方。
P:第三条之三 应急演练：乙方每半年配合甲方开展一次平台故障应急演练，演练方案经甲方审定，演练结束后提交总结报告及改进措施。
P:第三条之四 安全加固：乙方应每季度开展一次漏洞扫描和基线核查，高危漏洞应在发现后七日内完成修补，无法修补的应提出临时防护措施并经甲方同意。
P:第三条之五 报告：乙方每月五日前提交上月运维月报，每季度结束后五个工作日内提交季度运维报告，服务期满前提交全年运维报告，内容包括运行指标、故障统计、整改情况、安全事件和优化建议。
P:第三条之六 培训与交接：乙方每年为甲方业务人员开展两次平台使用培训，并在服务期满时提交完整的运维手册和账号清单，配合甲方或甲方新选定的服务单位完成交接，交接期不少于二十日且不另行收费。
P:第三条之七 人员管理：驻点工程师须具备数据库及网络运维经验，更换人员应提前十日书面告知甲方并经甲方同意，新人员须完成交接方可上岗。乙方人员应遵守甲方机房管理规定，进出机房登记。
P:第三条之八 备品备件：服务器硬盘、电源模块、交换机端口模块等常用备件由乙方储备于甲方机房，备件费用已含在服务费内；更换下的存储介质归甲方所有，由甲方按规定销毁，乙方不得带离。
P:第三条之九 甲方义务：甲方应提供机房工位、网络接入和必要的系统账号，及时审批运维作业申请，并指定业务科室负责人作为联系人；甲方对平台的功能调整需求应书面提出，属于运维范围的小规模调整由乙方免费完成，超出运维范围的新增开发另行采购。
P:第三条之十 变更管理：乙方对平台配置、程序或数据库结构的任何变更，均应提前两个工作日提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在非业务高峰时段实施；紧急变更可先行处置，但应在当日补办审批手续。变更完成后乙方应更新配置台账和运维文档。
P:第三条之十一 平台优化：乙方应结合农时需要，在春播前和秋收前各完成一次平台性能检查和预警模板核对，确保作物生育期预报、病虫害气象等级和霜冻预警的指标阈值与甲方当年业务规定一致。
P:第三条之十二 服务台账：乙方应建立故障工单、巡检记录、备件更换和变更记录四类台账，按月归档并随月报提交，甲方可随时调阅核查。
H:第二章 服务费用与支付
P:第四条 年度服务费为人民币捌拾陆万肆仟元整（¥864,000），为固定总价，包括人工、差旅、备件、工具及税费。
TB:季度|考核后支付金额（元）
TB:第一季度|216,000
TB:第二季度|216,000
TB:第三季度|216,000
TB:第四季度|216,000
TB:合计|864,000
P:第五条 服务费按季度支付。每季度结束后，甲方依据第六条对乙方进行考核，考核合格后十五个工作日内支付当季服务费；考核扣款从当季服务费中扣减。甲方不预付任何费用。
H:第三章 考核与验收
P:第六条 季度考核指标：平台月度可用率不低于99.95%；预警产品按时发布率不低于99%；气象站数据到报率不低于98%；巡检记录、故障工单及整改记录齐全。考核由甲方业务科室会同乙方按考核细则逐项打分，形成书面考核表，双方签字确认。
P:第七条 服务期满前一个月，甲方组织年度验收，以四个季度考核结果、全年运维报告和平台安全测评结果为依据；年度验收合格的，甲方出具验收意见。
H:第四章 服务水平
P:第八条 故障分级：一级故障指平台整体不可用、预警产品无法发布或数据全面中断；二级故障指部分功能或部分站点数据异常；三级故障指不影响业务的一般问题。
P:第九条 一级故障乙方应在30分钟内响应并到达机房或远程处置，3小时内恢复；二级故障1小时内响应，当日恢复；三级故障两个工作日内解决。
P:第十条 一级故障每超时一小时扣减服务费¥1,200；月度可用率每低于承诺值0.01个百分点扣减¥1,500；预警产品因乙方原因延误发布的，每次扣减¥3,000。
H:第五章 数据安全与保密
P:第十一条 平台内的气象观测数据、预报产品、用户信息及其他业务数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于其他任何目的。
P:第十二条 乙方应执行甲方网络安全管理制度，运维操作经堡垒机进行并全程审计；不得擅自开放远程端口；使用的移动存储介质须经甲方登记。发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方，配合处置并承担因其过错造成的全部损失和法律责任。
P:第十三条 乙方对履约中获知的甲方未公开信息、网络拓扑和账号口令负有保密义务，合同终止后仍须遵守。
H:第六章 成果归属
P:第十四条 乙方在服务期内编写的运维文档、巡检脚本、配置基线及为甲方修改的程序代码归甲方所有，服务期满时全部移交甲方。
H:第七章 违约与解除
P:第十五条 乙方未按约定时间提交季度运维报告或未按期完成甲方书面要求的整改事项的，每逾期一日按合同总价的千分之一支付违约金。
P:第十六条 乙方不得将本合同服务分包或转包。
P:第十七条 乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后十日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
P:第十八条 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第八章 其他
P:第十九条 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:第二十条 因不可抗力导致服务中断的，不视为违约，但乙方应采取一切合理措施尽快恢复预警发布。本合同一式四份，自双方签字盖章之日起生效。
P:甲方（盖章）：某县气象局　　　　乙方（盖章）：云岭天衡气象科技有限公司
P:日期：　　　　　　　　　　　　　日期：
"""

SRC["h238z05"] = """# 仓策云WMS仓储管理系统软件许可及开发合同（标准文本 V3.2）

**甲方（用户）**：川味坊调味食品股份有限公司
**乙方（软件供应商）**：仓策云软件有限公司
**合同编号**：CCY-WMS-2027-088

> 本合同为乙方标准合同文本。甲方为豆瓣酱生产企业，拟对原料库、发酵晒场半成品库及成品库实施仓储信息化管理，选用乙方仓策云WMS产品并委托乙方进行定制开发。双方确认已阅读全部条款。

### 1. 定义
1.1 “产品”指乙方享有著作权的仓策云WMS软件及其后续版本。
1.2 “定制开发”指乙方按甲方需求对产品进行的功能扩展，包括发酵批次追溯、辣椒与蚕豆原料按产地和批次管理、晒场翻晒作业记录、成品按保质期先进先出拣货、与甲方ERP及电子秤的接口。
1.3 “上线”指产品在甲方生产环境完成部署并开始录入业务数据。

### 1A. 产品功能说明
1A.1 仓策云WMS标准产品包括：入库管理（收货、质检待检、上架策略）、库内管理（移库、盘点、库存冻结与解冻）、出库管理（波次、拣货、复核、装车）、批次与保质期管理、条码与标签打印、库存报表及移动端作业。
1A.2 定制开发部分包括：辣椒、蚕豆等原料按产地、采收批次和含水率分级入库；发酵缸位与晒场区位管理，记录翻晒、加盐和发酵天数；半成品转储至灌装车间的批次关联；成品按生产日期和保质期先进先出出库；与甲方ERP的采购订单、销售订单和库存同步接口；与地磅和电子秤的称重数据接口；食品安全追溯报表，可由成品批号反查原料批次。
1A.3 功能需求的详细描述以《功能需求说明》为准，未列明的功能不属于本合同范围。

### 2. 合同价款
| 项目 | 金额（元） |
|---|---|
| 仓策云WMS软件许可（永久，五十个用户） | 560,000 |
| 定制开发 | 390,000 |
| 实施服务（部署、数据初始化、培训） | 110,000 |
| **合计** | **1,060,000** |

### 3. 付款
3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥530,000。
3.2 系统上线后五个工作日内，甲方支付剩余50%，即¥530,000。
3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，逾期超过十五日的，乙方有权暂停全部服务并收回软件授权。

### 4. 交付与上线
4.1 乙方在收到首期款后开始实施，计划九十日内上线。实施进度受甲方需求变更、现场条件等影响的，上线时间相应顺延。
4.2 系统上线即视为甲方验收合格，甲方不再另行组织验收。
4.3 上线后甲方发现的功能问题，按第6条质保处理，不影响付款。

### 4A. 实施范围与甲方配合
4A.1 实施服务包括：产品安装部署、基础资料初始化（库区、库位、物料、供应商、客户）、期初库存导入、手持终端配置、业务流程配置及操作培训。
4A.2 甲方应自行采购并准备服务器、数据库许可、手持终端、条码打印机及无线网络，硬件环境须符合乙方发布的配置要求。因甲方硬件或网络不符合要求导致的延误和额外工作，乙方有权另行收费。
4A.3 甲方应在乙方要求的时间内提供完整准确的基础数据和期初库存，并指派熟悉仓库业务的关键用户全程参与。甲方原因导致实施暂停超过二十日的，乙方可按已投入人天另行收费。
4A.4 定制开发以双方确认的《功能需求说明》为准。说明确认后甲方提出的任何变更，均按乙方人天单价每人天¥2,800另行计费，工期相应顺延。
4A.5 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方关键用户；其他人员由关键用户自行转训。额外培训按乙方收费标准执行。

### 4B. 产品环境说明
4B.1 乙方提供的产品版本为实施开始时的最新发行版本。质保期内乙方发布的补丁版本可免费安装，大版本升级需另行购买。
4B.2 手持终端须使用乙方认证的型号，非认证型号的适配工作另行收费。乙方不对甲方自行安装的第三方软件导致的系统异常承担责任。
4B.3 系统数据库由甲方负责日常备份，乙方可提供备份策略建议。因甲方未按建议备份导致的数据损失，乙方不承担责任。
4B.4 乙方可根据产品规划调整标准功能的界面和操作方式，并以系统公告形式通知甲方。

4B.5 甲方如需将系统迁移至新服务器或云环境，应提前通知乙方，由乙方按人天单价提供迁移服务；甲方自行迁移导致授权失效的，重新激活费用由甲方承担。

### 5. 知识产权
5.1 产品及定制开发形成的全部程序、源代码、接口、文档和数据模型的知识产权均归乙方所有。
5.2 甲方获得在本企业内部使用的非独占、不可转让的许可，不得修改、反编译或交由第三方维护。乙方有权将定制开发成果用于其他客户。

### 6. 质保
6.1 质保期为六个月，自系统上线之日起算。质保期内乙方免费修复软件缺陷，不包括因甲方操作、硬件或网络原因导致的问题。
6.2 质保期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护价格表签订年度维护合同；乙方有权每年调整维护价格。

### 7. 技术支持
7.1 乙方通过电话和远程方式提供技术支持，工作时间为工作日九时至十八时。
7.2 一级问题（系统无法出入库）乙方在8小时内响应，其他问题在两个工作日内响应。乙方将尽合理努力解决问题，但不保证解决时间。

### 8. 数据
8.1 甲方录入系统的业务数据归甲方所有。
8.2 甲方同意乙方收集和使用系统运行数据及经脱敏处理的业务数据，用于产品优化、行业基准分析和乙方其他商业用途。
8.3 乙方对其运维访问采取账号权限控制和数据加密传输措施，保障甲方数据安全；因乙方原因造成数据泄露的，乙方承担相应责任。

### 9. 保密
双方对在合作中知悉的对方商业秘密承担保密义务，保密期限为合同终止后两年。

### 10. 分包与合作方
乙方有权根据项目需要，将部分开发、实施或现场服务工作委托其合作伙伴完成，无需另行征得甲方同意。

### 11. 责任限制
11.1 乙方在本合同项下的全部赔偿责任总额，以合同总价的20%为限。
11.2 乙方不对甲方的间接损失、利润损失、数据丢失或生产停顿承担责任。

### 12. 合同解除
乙方严重违约且经甲方书面通知后三十日内未予纠正的，甲方可解除本合同，已支付款项按已完成工作量结算。

### 13. 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

### 13A. 许可限制与不可抗力
13A.1 软件许可限于五十个并发用户及甲方现有厂区，甲方增加用户、增设仓库或将系统用于关联公司的，应另行向乙方购买许可。
13A.2 乙方可通过技术手段核查许可使用情况，甲方超出许可范围使用的，应按乙方届时价格补缴许可费。
13A.3 因不可抗力、电力或网络运营商故障、甲方第三方系统故障等非乙方原因导致的延误或损失，乙方不承担责任。

### 14. 其他
14.1 本合同经双方盖章后生效，合同附件为《功能需求说明》《实施计划》。
14.2 乙方对本标准文本享有最终解释权。

甲方（盖章）：川味坊调味食品股份有限公司　　　乙方（盖章）：仓策云软件有限公司

签约日期：
"""

SRC["h238e01"] = """T:Software Licence and Services Agreement
P:Agreement No. FD-CX-2027-041
P:This Software Licence and Services Agreement is made between Cixi Hengrun Small Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Cixi, Zhejiang Province ("Customer"), and FormaDesenho Software, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu Mole, Porto Moniz, Madeira ("Licensor").
P:Background. Customer designs and manufactures kettles, air fryers, hand blenders and other small kitchen appliances for export. It wishes to replace its ageing industrial-design tools with Licensor's FormaDesenho Studio suite for surface modelling, rendering and design-for-manufacture checks. Licensor has agreed to grant perpetual licences, install the software and train Customer's design team on the terms below. At Customer's request all prices are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means FormaDesenho Studio version 9 in object code, including the surface modelling, photorealistic rendering, draft-angle analysis and tooling-check modules, and any updates supplied under this Agreement.
P:1.2 "Seats" means named-user licences, each allowing one designated designer to use the Software on one workstation at a time.
P:1.3 "Deliverables" means the Customer-specific template library, material library, rendering presets and the plug-in linking the Software to Customer's product data management (PDM) system that Licensor prepares under Clause 3.
P:1.4 "Acceptance" means the written acceptance certificate issued by Customer under Clause 5.
H:2. Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on twenty-five Seats at Customer's design centre in Cixi and at its affiliated tooling plant in Yuyao, for Customer's internal business.
P:2.2 Customer may reassign a Seat from one designer to another at any time by notice through the licence portal. Customer may make backup copies of the Software for archival purposes.
P:2.3 Title to the Software remains with Licensor. Customer shall not reverse engineer the Software except to the extent permitted by mandatory law.
H:3. Services
P:3.1 Licensor shall install the Software and the network licence server, configure failover to a standby server, migrate Customer's existing design files of the last three model years into the new format, and prepare the Deliverables.
P:3.2 Licensor shall provide four days of on-site training for designers and one day for Customer's IT staff, in Chinese interpretation arranged by Licensor.
P:3.3 Licensor shall complete the installation and services within sixty days after the Effective Date.
H:4. Fees and Payment
P:4.1 The fees are set out below. All amounts are in CNY and include taxes.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FormaDesenho Studio perpetual Seat licence|25|46,000|1,150,000
TB:Installation, file migration, Deliverables and training|1|68,000|68,000
TB:Total Contract Price|||1,218,000
P:4.2 Customer shall pay 20% of the Total Contract Price (CNY 243,600) within fifteen days after signature against Licensor's invoice, and the remaining 80% (CNY 974,400) within twenty days after Acceptance.
P:4.3 Payments shall be made by bank transfer to Licensor's account stated in the invoice.
H:5. Acceptance
P:5.1 After installation Licensor shall run the acceptance tests in Schedule 2 in the presence of Customer's design manager. The tests include: launching the Software on all twenty-five workstations; opening and editing a sample of at least two hundred migrated design files without geometry loss; a rendering benchmark completing within the times stated in Schedule 2; automatic switchover to the standby licence server within two minutes; and round-trip exchange of a part between the Software and the PDM system through the plug-in.
P:5.2 If all tests are passed, Customer shall issue an acceptance certificate within seven working days. If any test fails, Licensor shall correct the defect and repeat the test. Installation or use of the Software in production does not by itself constitute Acceptance.
H:6. Warranty
P:6.1 Licensor warrants that for twenty-four months after Acceptance the Software will perform substantially in accordance with its documentation, and will correct any reproducible defect free of charge during that period.
P:6.2 During the warranty period Customer is entitled to all new versions of the Software released by Licensor without charge.
H:7. Support
P:7.1 Licensor shall provide telephone, e-mail and remote support on Beijing working days. Severity 1 means the Software cannot be started or saves corrupt files for more than one Seat; Severity 2 means a major function is unavailable with a workaround; Severity 3 covers other issues.
P:7.2 Licensor shall respond to Severity 1 issues within 2 hours, Severity 2 issues within eight working hours and Severity 3 issues within three working days.
P:7.3 For each full hour by which Licensor misses the Severity 1 response time, Licensor shall pay CNY 900, deducted from the next invoice or paid directly.
H:8. Maintenance after Warranty
P:8.1 After the warranty period Customer may buy annual maintenance, covering new versions, defect correction and support under Clause 7, for 11% of the Seat licence fees per year, that is CNY 126,500 per year.
P:8.2 The annual maintenance fee is fixed for the first three years after the warranty ends. Maintenance is ordered by Customer's purchase order year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 Licensor keeps all rights in the Software.
P:9.2 The Deliverables are made for Customer and belong to Customer on payment. Customer may use, modify and license them to its affiliates and contractors freely. Licensor shall hand over the source of the PDM plug-in at Acceptance.
P:9.3 Licensor shall defend Customer against any claim that the Software or Deliverables infringe third-party rights and shall pay any damages awarded.
H:10. Customer Data and Security
P:10.1 Customer's design files, drawings, bills of materials and product plans ("Customer Data") belong to Customer. Licensor shall use Customer Data only to perform this Agreement and shall not keep any copy after the services end.
P:10.2 Remote support is carried out only through a session opened by Customer's IT staff for each occasion, recorded and ended by Customer. Licensor shall not download Customer Data outside China and shall protect any file received for troubleshooting with encryption.
P:10.3 Licensor shall notify Customer within 24 hours of any unauthorised access to Customer Data of which it becomes aware and shall be responsible for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party, including unreleased product designs, and shall use it only for this Agreement. This obligation lasts for six years after the end of this Agreement.
H:12. Delay
P:12.1 If Licensor fails to complete the services within the period in Clause 3.3, it shall pay delay damages of 0.08% of the Total Contract Price for each day of delay, up to 8% of the Total Contract Price.
H:13. Limitation of Liability
P:13.1 Licensor's total aggregate liability arising out of or in connection with this Agreement is limited to 50% of the Total Contract Price.
P:13.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.
H:14. Term and Termination
P:14.1 This Agreement takes effect on signature by both parties and the licences granted under Clause 2 are perpetual.
P:14.2 This Agreement may not be terminated by either party once the Software has been delivered. Customer's remedies for any breach by Licensor are limited to correction of defects under Clause 6 and damages under Clause 13.
P:14.3 Licensor may suspend support if Customer fails to pay any undisputed amount within thirty days after written reminder.
H:15. Subcontracting
P:15.1 Licensor shall not subcontract any of the services without Customer's prior written consent. Licensor remains liable for any approved subcontractor.
H:16. Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of Portugal.
P:16.2 Any dispute arising out of this Agreement shall be submitted to the courts of Funchal, Portugal, which shall have exclusive jurisdiction.
H:16A. Force Majeure and Compliance
P:16A.1 Neither party is responsible for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of public networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect. The period for performance is extended by the duration of the event.
P:16A.2 Each party shall comply with the anti-corruption and export-control laws that apply to it. Licensor confirms that the Software is not subject to any export restriction that would prevent its delivery to or use by Customer in China, and shall inform Customer without delay if this changes.
P:16A.3 Licensor shall ensure that its staff working at Customer's premises follow Customer's site rules on safety, visitor registration and the protection of prototypes, and shall not photograph any product or mould without Customer's permission.
P:16A.4 Each party shall appoint a project contact. Customer's contact is the head of the industrial design department; Licensor's contact is its Asia project manager, who shall be reachable during Beijing working hours throughout the services.
H:17. General
P:17.1 Notices shall be in writing and sent to the addresses above by courier or e-mail with confirmation of receipt.
P:17.2 This Agreement, with Schedule 1 (Software description) and Schedule 2 (Acceptance tests), is the entire agreement of the parties on its subject matter. Any change must be in writing signed by both parties.
P:17.3 This Agreement is made in English and Chinese. Both versions have equal force.
P:Signed for Customer: ____________________ Name and title: ____________________ Date: __________
P:Signed for Licensor: ____________________ Name and title: ____________________ Date: __________
"""

SRC["h238e02"] = """BIGLIETTERIA CLOUD S.r.l.
Isola del Buel del Lovo, Venice, Italy

ORDER FORM No. BC-2027-LJ-07
(to be read with the General Terms of Service attached as Part 2)

PART 1 - ORDER FORM

Customer: Lijiang Old Town Heritage Tourism Development Co., Ltd., Lijiang, Yunnan Province, People's Republic of China
Provider: Biglietteria Cloud S.r.l., with its seat on the Isola del Buel del Lovo, Venice, Italy

Service: TicketFlow cloud ticketing platform for the Customer's old-town attractions: online sale of timed-entry tickets and combined passes through the Customer's WeChat mini-program and website, sale through partner travel agencies, on-site box-office sale at six ticket windows, QR-code validation at eighteen turnstile lanes, capacity control by time slot, and daily settlement reports.

Subscription Term: thirty-six (36) months from the Go-Live Date.

Currency: at the Customer's request, all fees in this Order Form are stated and payable in Chinese Yuan (CNY).

Fees:
  Item                                              Amount (CNY)
  Monthly subscription fee, CNY 26,500 x 36 months       954,000
  Implementation and configuration (one time)            118,000
  Turnstile and gate integration (one time)               64,000
  Total Contract Value                                 1,136,000

Payment:
  (a) The implementation fee and the integration fee are invoiced after Go-Live Acceptance and are payable within thirty days of invoice.
  (b) The monthly subscription fee is invoiced quarterly in arrears, after the end of each calendar quarter, and is payable within thirty days of invoice.
  (c) No amount is payable before the Go-Live Date.

Go-Live Date: the date on which the Customer signs the Go-Live Acceptance under Section 3 of the General Terms. The Provider shall achieve Go-Live within seventy days after the signature of this Order Form.

Renewal: at the end of the Subscription Term, the subscription renews for successive periods of twenty-four months at the same monthly fee unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

Special conditions: the Provider shall keep the platform's payment pages compliant with the rules of the Customer's payment service providers. Ticket revenues are paid by the payment service providers directly into the Customer's bank account; the Provider never receives or holds ticket money.

Signed for the Customer: ______________________  Date: __________
Signed for the Provider: ______________________  Date: __________


PART 2 - GENERAL TERMS OF SERVICE

1. DEFINITIONS
1.1 "Platform" means the TicketFlow software, hosted and operated by the Provider, as described in the Order Form.
1.2 "Customer Data" means all data entered into or generated by the Platform for the Customer, including visitor names, identity-document numbers required for real-name ticketing, mobile numbers, orders, validation records and settlement data.
1.3 "Configurations" means the ticket products, price rules, time slots, capacity rules, report layouts and mini-program pages set up specifically for the Customer.
1.4 "Incident" means an interruption or degradation of the Platform. A "Priority 1 Incident" means that online sale or turnstile validation is unavailable for all or most lanes.

2. THE SERVICE
2.1 The Provider shall make the Platform available to the Customer and its authorised users during the Subscription Term and shall host it in data centres located in mainland China.
2.2 The Provider may improve the Platform from time to time, provided that no change reduces the functions listed in the Order Form.
2.3 The Customer shall provide the turnstile hardware, network connectivity at the gates and the accounts with its payment service providers.

3. IMPLEMENTATION AND GO-LIVE ACCEPTANCE
3.1 The Provider shall configure the Platform, integrate it with the Customer's turnstiles and mini-program, import the Customer's existing pass holders, and train the box-office and gate staff.
3.2 Before Go-Live the parties shall run the acceptance tests agreed in the implementation plan, which shall include at least: the sale, refund and validation of every ticket product through every channel; a load test of three thousand concurrent online purchases with page response under two seconds; validation at every turnstile lane within one second per scan; correct daily settlement against the payment providers' statements for three consecutive test days; and the capacity limit stopping sales when a time slot is full.
3.3 When all tests are passed, the Customer shall sign the Go-Live Acceptance within five working days. The Customer's use of the Platform for a soft launch does not count as acceptance.
3.4 If the Provider fails to achieve Go-Live within the period stated in the Order Form for reasons attributable to it, the Provider shall pay the Customer CNY 900 for each day of delay.

4. SERVICE LEVELS
4.1 The Provider shall ensure that the Platform is available at least 99.95% of each calendar month, excluding maintenance windows agreed with the Customer in advance, which shall fall between 01:00 and 05:00 Beijing time.
4.2 The Provider shall respond to a Priority 1 Incident within 30 minutes of notification, around the clock, and shall work continuously until it is resolved. Priority 2 Incidents shall be responded to within two hours and Priority 3 Incidents within one working day.
4.3 If the monthly availability falls below the committed level, the Provider shall credit 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to the full monthly fee. For each Priority 1 Incident that is not responded to in time, the Provider shall credit CNY 2,000.
4.4 Service credits are deducted from the next quarterly invoice.

4A. SUPPORT, PEAK SEASONS AND REPORTING
4A.1 The Provider shall run a support desk in Chinese and English, reachable by telephone and by a ticketing portal, every day of the year. Box-office supervisors may log Incidents directly.
4A.2 The Customer shall inform the Provider of its peak periods, including the Spring Festival, the May Day and National Day holidays and the summer season, at least thirty days in advance. During those periods the Provider shall freeze all non-urgent releases and keep an engineer on standby for the Customer.
4A.3 The Provider shall send a monthly service report within seven days after the end of each month, showing availability, every Incident with its response and resolution times, the service credits due, ticket volumes by channel and any planned changes for the following month.
4A.4 The Provider shall provide refresher training for new box-office and gate staff twice a year by video session, and a written operating guide in Chinese that the Customer may copy for internal use.
4A.5 The Provider shall keep the Platform compatible with the current versions of WeChat, the main mobile browsers and the turnstile firmware notified by the Customer.

5. CUSTOMER DATA
5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service to the Customer and for no other purpose.
5.2 At the end of the Subscription Term the Provider shall return all Customer Data to the Customer in a documented format within thirty days and then delete it.

6. CONFIDENTIALITY
6.1 Each party shall keep confidential the other party's non-public information, including the terms of this Order Form, the Customer's visitor figures and the Provider's technical documentation, and shall not disclose it to third parties except to its advisers bound by equal duties.
6.2 This obligation survives for three years after the end of the Subscription Term.

7. INTELLECTUAL PROPERTY
7.1 The Provider owns the Platform and all improvements to it.
7.2 The Configurations belong to the Customer. The Customer may use, copy and modify them and may hand them to any successor provider.

8. SUBCONTRACTORS AND HOSTING PARTNERS
8.1 The Provider may use subcontractors, hosting partners and support partners of its choice to perform any part of the service. The current list is published on the Provider's website, and the Provider informs customers of changes by updating that list.
8.2 The Provider remains responsible for the performance of its subcontractors.

9. FEES AND TAXES
9.1 The fees are as stated in the Order Form and include all taxes. The Provider shall issue valid invoices acceptable under Chinese tax rules through its appointed agent in China.
9.2 The Customer may withhold any amount that it disputes in good faith until the dispute is resolved.

10. LIMITATION OF LIABILITY
10.1 The Provider's total liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by the Customer in the nine months preceding the event giving rise to the claim.
10.2 Neither party shall be liable for indirect or consequential damages or loss of profits.

11. TERM AND TERMINATION
11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within twenty days after receiving notice describing the breach.
11.2 The Customer may also terminate if the monthly availability falls below the committed level in two consecutive months.
11.3 On termination the Provider shall refund any fees paid for the period after termination and shall support the transfer of service under Section 5.2.

12. GOVERNING LAW AND DISPUTES
12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming under its rules in force at the time.

13. GENERAL
13.1 If the Order Form and these General Terms conflict, the Order Form prevails.
13.2 Notices shall be in writing and sent to the addresses in the Order Form.
13.3 No amendment is valid unless made in writing and signed by both parties.
"""

SRC["h238e03"] = """T:Purchase Contract for Water-Quality Monitoring Sensors and Platform
P:Contract No. ZS-YC-2027-015
P:Buyer: Zhoushan Donghai Large Yellow Croaker Aquaculture Co., Ltd., Daishan County, Zhoushan, Zhejiang Province, People's Republic of China ("Buyer").
P:Supplier: Aquamesure Systèmes SAS, a company with its seat on the Île Ratonneau, Marseille, France ("Supplier").
P:This Contract is made on the Buyer's standard form. The Buyer farms large yellow croaker in deep-water net cages and wishes to monitor dissolved oxygen, temperature, salinity, pH and turbidity at each cage group in real time, with alarms to the farm's duty staff and automatic start of aeration. The Supplier integrates buoy-mounted sensors, gateways and a monitoring platform and has offered to supply and install them. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply forty-two multi-parameter sensor buoys with solar power and anti-fouling wipers, six 4G/LoRa gateways, spare sensor heads, the AquaView monitoring platform licence (perpetual, on the Buyer's server) and the customised dashboard and alarm models described in Annex 1.
P:1.2 The Supplier shall install and moor the buoys at the cage groups identified by the Buyer, install the gateways on the feeding platforms, connect the aerator control cabinets, and train the Buyer's staff.
P:1.3 The Supplier shall deliver all equipment to the Buyer's wharf in Daishan within sixty days after the Contract takes effect and complete installation within forty days after delivery, weather permitting as set out in Article 14.
H:Article 1A Technical Requirements
P:1A.1 Each sensor buoy shall measure dissolved oxygen by an optical sensor, water temperature, salinity by conductivity, pH and turbidity, at a depth adjustable between one and six metres, and shall transmit readings at least once every five minutes. The housing shall resist seawater corrosion and the mooring shall withstand the sea states recorded at the farm over the last decade, as stated in Annex 1.
P:1A.2 Each gateway shall buffer at least seven days of readings if the mobile network fails and shall forward them when the connection returns, so that no data is lost.
P:1A.3 The platform shall show live readings and trends for each cage group, send alarms by SMS, telephone call and the WeChat work account of the Buyer, and start the aerators of a cage group when dissolved oxygen falls below the threshold set by the Buyer's farm manager.
P:1A.4 All equipment shall be new, of current production and supplied with certificates of origin and calibration certificates. The Supplier shall deliver operating manuals, maintenance manuals, mooring drawings and wiring diagrams in Chinese.
H:Article 1B Training and Documentation
P:1B.1 The Supplier shall train the Buyer's duty staff in reading the dashboard and handling alarms, and train two technicians in cleaning, calibrating and replacing sensor heads, changing batteries and resetting gateways. Training shall take at least three days on site and shall be repeated once during the warranty period for new staff.
P:1B.2 The Supplier shall provide a spare-parts list with prices for the wear parts, valid for the warranty period and the three years after it.
H:Article 1C Buyer's Cooperation
P:1C.1 The Buyer shall provide a boat and crew for installation and maintenance visits, space on the feeding platforms for the gateways, power at the aerator control cabinets and a server in its Zhoushan office.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,130,000, including taxes, sea and land transport, insurance and installation:
TB:No.|Item|Amount (CNY)
TB:1|Sensor buoys (42), gateways (6), spare sensor heads|1,600,000
TB:2|AquaView platform licence (perpetual)|260,000
TB:|Hardware and licence subtotal|1,860,000
TB:3|Installation, mooring and aerator connection|176,000
TB:4|Customised dashboard and alarm models|94,000
TB:|Contract Price|2,130,000
H:Article 3 Payment
P:3.1 The Buyer shall pay 35% of the Contract Price (CNY 745,500) as an advance within fifteen days after signature, against the Supplier's invoice.
P:3.2 The Buyer shall pay 45% (CNY 958,500) after all equipment is installed and connected. Installation does not mean acceptance.
P:3.3 The Buyer shall pay the remaining 20% (CNY 426,000) within twenty days after Final Acceptance.
H:Article 4 Acceptance
P:4.1 Final Acceptance requires: thirty consecutive days of operation with data received from every buoy at least every five minutes for at least 98% of intervals; dissolved-oxygen readings within 0.3 mg/L of a calibrated handheld meter at ten sample points checked by the Buyer; low-oxygen alarms reaching the duty staff's phones within one minute; automatic start of the aerators in each connected cage group in a test; and the dashboard showing trends for each cage group as specified in Annex 1.
P:4.2 The Buyer shall carry out the tests within ten days after the Supplier's written notice and sign the Final Acceptance certificate if they are passed. If a test fails, the Supplier shall remedy the defect and the test shall be repeated.
H:Article 5 Warranty
P:5.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including buoys damaged by normal sea conditions, and supply software updates free of charge.
P:5.2 After the warranty period, the Supplier shall offer annual support, including two on-site calibration visits per year, replacement of worn sensor heads and software updates, for 9% of the hardware and licence subtotal per year (CNY 167,400). This fee shall not increase for three years after the warranty ends. Each year of support is ordered separately by the Buyer; there is no automatic renewal.
H:Article 6 Service Response
P:6.1 Severity 1 means that an entire cage group has no oxygen data or that alarms or aerator control fail. The Supplier's Ningbo service partner shall respond to a Severity 1 event within 1 hour, by telephone and remote diagnosis, and shall be on site within eight hours, weather and sea conditions permitting.
P:6.2 For every full hour by which the Supplier misses the Severity 1 response time, it shall pay CNY 600.
H:Article 7 Intellectual Property
P:7.1 The Supplier keeps the intellectual property in the AquaView platform as a standard product.
P:7.2 The customised dashboard and alarm models developed under this Contract, which are built from the Buyer's farming data and alarm thresholds, shall be jointly owned by the Buyer and the Supplier. Neither party may license or transfer them to a third party, or have them modified by a third party, without the other party's written consent.
H:Article 8 Data
P:8.1 All measurement data, alarm records and farm information collected by the system belong to the Buyer and are stored on the Buyer's server in Zhoushan. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the Buyer's server only through an account opened by the Buyer for each maintenance task, shall not copy data outside the Buyer's systems, and shall keep the gateways' remote access encrypted and password-protected. The Supplier shall report any data leak or unauthorised access within 12 hours and shall be liable for the Buyer's resulting losses.
H:Article 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's farm layout, stocking figures, production data and business information and shall not disclose them without the Buyer's written consent, during the Contract and for four years after it ends.
H:Article 10 Delay
P:10.1 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty-five days, the Buyer may terminate under Article 12.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, fraud and breach of Articles 8 and 9.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, and may claim a refund of amounts paid for equipment not accepted and compensation for its losses.
H:Article 13 Subcontracting
P:13.1 The Supplier may use its Ningbo service partner named in Annex 2 for installation and service. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for all subcontractors.
H:Article 14 Weather and Force Majeure
P:14.1 Installation at sea may be carried out only when the wind is below force six and the Buyer's vessel master agrees. Days lost to typhoon warnings or closure of the sea area by the authorities extend the installation period accordingly and are not counted as delay.
P:14.2 A party affected by force majeure shall notify the other party promptly and do what it reasonably can to continue performance.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:Article 16 Miscellaneous
P:16.1 This Contract takes effect on signature and seal by both parties. It is made in Chinese and English; both texts are equally authentic.
P:16.2 Annex 1: Technical specification, dashboard and alarm models. Annex 2: Installation plan and service partner.
P:For the Buyer: ____________________  For the Supplier: ____________________
P:Date: ____________  Date: ____________
"""

SRC["h238e04"] = """# Managed IT and Endpoint Support Services Agreement

**Agreement reference:** GS-JJ-2027-003

**Between**

- **Jinjiang Xiebao Footwear Import & Export Co., Ltd.**, Jinjiang, Fujian Province, People's Republic of China (the "Client"); and
- **Grosa Servicios Gestionados S.L.**, a company incorporated in Spain with its seat on the Isla Grosa, Murcia, Spain, acting through its Xiamen service centre (the "Provider").

**Recitals**

(A) The Client manufactures and exports sports and casual shoes. It has about six hundred and twenty office and factory-floor endpoints (desktops, laptops, label printers and shop-floor terminals) across its headquarters, two factories and a sample room.

(B) The Client wishes to outsource the day-to-day support of these endpoints, its service desk and basic management of its office network to the Provider, which has offered to provide these services from its Xiamen service centre with on-site engineers in Jinjiang.

(C) At the Client's request all charges in this Agreement are expressed and payable in Chinese Yuan (CNY).

## 1. Interpretation

1.1 **Endpoint** means any desktop, laptop, thin client, shop-floor terminal or label printer listed in the asset register kept under clause 3.4.

1.2 **Incident** means an unplanned interruption or reduction in quality of an IT service. **P1 Incident** means an Incident that stops order processing, shipping-label printing or a production line, or affects more than fifty users. **P2**, **P3** and **P4** Incidents are defined in Schedule 1.

1.3 **Client Data** means all data of the Client or its customers that the Provider accesses, handles or stores while performing the Services, including designs, orders, customer and employee data.

1.4 **Service Start Date** means the date on which the Client signs the Onboarding Acceptance under clause 5.

## 2. Term

2.1 This Agreement begins on signature and the Services run for twenty-four months from the Service Start Date.

2.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties.

## 3. Services

3.1 **Service desk:** a bilingual (Chinese and English) service desk available by telephone, WeChat and e-mail from 07:30 to 22:00 Beijing time, seven days a week, with an on-call engineer outside those hours for P1 Incidents.

3.2 **Endpoint support:** installation, configuration, patching, antivirus management, imaging of new devices, moves and changes, and hardware fault handling with the manufacturers' warranty services.

3.3 **Network:** monitoring and first-line management of the Client's office switches, Wi-Fi access points and firewall; changes to the firewall only on the Client's written approval.

3.4 **Asset register:** an up-to-date register of every Endpoint with user, location and warranty status, shared with the Client monthly.

3.5 **On-site presence:** two engineers on site in Jinjiang on working days, and an additional engineer at the factories during the two peak shipping seasons notified by the Client.

## 4. Charges and Payment

4.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 620 Endpoints x CNY 58 = CNY 35,960 per month, for 24 months | 863,040 |
| Onboarding (discovery, asset register, runbooks, tool deployment) | one time | 46,000 |
| **Total Contract Value** | | **909,040** |

4.2 The onboarding charge is invoiced after Onboarding Acceptance. The monthly service charge is invoiced monthly in arrears. The Client pays each correct invoice within thirty days. Nothing is payable in advance.

4.3 If the number of Endpoints changes by more than 5%, the monthly charge is adjusted at CNY 58 per Endpoint from the following month.

## 5. Onboarding and Acceptance

5.1 The Provider shall complete onboarding within forty-five days after signature. Onboarding includes: a discovery of all Endpoints and network devices; the asset register; runbooks for the twenty most common requests; deployment of the remote-management and patching tools approved by the Client; and a two-week parallel run with the Client's current IT team.

5.2 Onboarding Acceptance requires: the asset register matching a physical check of a sample of sixty Endpoints chosen by the Client with no more than two discrepancies; all Endpoints reporting to the management tools; patch compliance of at least 95% for critical patches; and the runbooks approved by the Client's IT manager. The Client shall sign the Onboarding Acceptance within five working days after these criteria are met.

5.3 If the Provider fails to achieve Onboarding Acceptance within the period in clause 5.1 for reasons within its control, it shall pay CNY 700 for each day of delay.

## 6. Service Levels

6.1 The Provider shall respond to a P1 Incident within 45 minutes, at any time, and restore the service or provide a workaround within six hours. P2 Incidents shall be responded to within two hours and P3 and P4 Incidents within one working day.

6.2 The Provider shall report its performance against Schedule 1 every month.

6.3 For each P1 Incident not responded to within the committed time, the Provider shall credit CNY 1,500. If less than 95% of P2 and P3 Incidents in a month meet their response times, the Provider shall credit 8% of that month's service charge. Credits are deducted from the next invoice.

## 6A. Governance and Reporting

6A.1 Each party shall name a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and the asset register, and shall keep minutes approved by both.

6A.2 The monthly service report shall show the number of Incidents and requests by priority and site, response and restoration times, credits due, patch compliance, antivirus status, Endpoints approaching the end of their manufacturer warranty and recommendations for improvement.

6A.3 Each quarter the Provider shall present a short review to the Client's finance director covering trends, recurring faults and proposals to reduce them, such as replacing unreliable label printers or standardising laptop models.

6A.4 Changes to Endpoints or the network that may affect production or shipping shall follow a change procedure approved by the Client, with a rollback plan and, except in an emergency, at least two working days' notice.

6A.5 The Provider shall keep the runbooks up to date and review them at least twice a year.

## 7. Client Data and Security

7.1 Client Data belongs to the Client. The Provider shall handle Client Data only as needed to perform the Services and on the Client's instructions, and shall not transfer it outside mainland China.

7.2 The Provider shall: use named accounts with multi-factor authentication for all administrative access; log all remote sessions and keep the logs for at least six months; wipe or hand back to the Client any storage device removed from an Endpoint; and ensure its staff are trained in data protection and bound by written confidentiality undertakings.

7.3 The Provider shall notify the Client of any actual or suspected breach of Client Data within 8 hours, cooperate in the investigation and remediation, and be liable for the Client's losses resulting from its breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Client's product designs, customer lists and prices, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 9. Intellectual Property

9.1 The runbooks, scripts, configuration baselines and documentation that the Provider prepares specifically for the Client belong to the Client, which may use, modify and give them to any successor provider.

9.2 The Provider's own tools and methods remain the Provider's property.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign competent staff and replace any person whom the Client reasonably objects to.

10.2 The Provider shall not subcontract any part of the Services without the Client's prior written consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value, except for liability for personal injury, fraud or wilful misconduct, which is not limited.

## 12. Termination

12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within twenty days after written notice, or if credits are due in three consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On termination or expiry, the Provider shall hand over the asset register, runbooks, credentials and all Client Data, and support the transfer to the Client or a new provider for up to thirty days at no extra charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hong Kong International Arbitration Centre and finally resolved by arbitration in Hong Kong under its Administered Arbitration Rules. The language of the arbitration is English.

## 14. General

14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

14.2 This Agreement, with Schedule 1 (Service levels) and Schedule 2 (Sites and Endpoint counts), is the entire agreement of the parties.

14.3 Amendments must be in writing and signed by both parties.

**Signed for the Client:** ______________________  Name: ____________  Date: ________

**Signed for the Provider:** ______________________  Name: ____________  Date: ________
"""

SRC["h238e05"] = """API SUBSCRIPTION AGREEMENT - CERTIFICATE DATA SERVICE

Agreement No. RS-API-2027-112

Parties

1) Shandong Jinxiang Golden Garlic Export Co., Ltd., Jinxiang County, Jining, Shandong Province, People's Republic of China ("Subscriber"); and

2) Rosais CertData, Unipessoal Lda., a company registered in Portugal with its seat on the Ilhéu dos Rosais, São Jorge, Azores ("Vendor").

Whereas

The Subscriber exports fresh and dried garlic to more than thirty countries and must obtain phytosanitary certificates, certificates of origin and fumigation certificates for each shipment. The Vendor operates the RosaisCert application programming interface (API), which lets exporters check the import requirements of destination countries, pre-fill certificate applications from shipment data, track the status of applications and retrieve electronic certificates where the authorities issue them. The Subscriber wishes to connect its export management system to the API. At the Subscriber's request the fees are stated and payable in Chinese Yuan (CNY).

The parties agree as follows.

Section 1 - Definitions

1.1 "API" means the RosaisCert application programming interface, its documentation and the sandbox environment.

1.2 "Subscriber Data" means shipment records, consignee details, product specifications, laboratory results and other data that the Subscriber sends through the API, and the certificates and status data returned for the Subscriber.

1.3 "Integration Templates" means the field mappings, validation rules and document templates that the Vendor builds for the Subscriber's products and destination markets under Section 3.

1.4 "Calls" means individual requests made to the API.

Section 2 - Subscription

2.1 The Vendor grants the Subscriber a non-exclusive, non-transferable right to use the API during the subscription term to support its own export business, for up to forty thousand Calls per month.

2.2 The subscription term is twenty-four months from the date of Onboarding Acceptance under Section 4.

2.3 The subscription ends at the end of the term unless the parties sign a new order. There is no automatic renewal.

Section 3 - Onboarding

3.1 The Vendor shall build the Integration Templates for the Subscriber's garlic products (fresh white garlic, purple-skin garlic, peeled cloves, garlic flakes and garlic powder) and for its twelve main destination markets, connect the sandbox and production environments to the Subscriber's export management system, and train the Subscriber's documentation team.

3.2 The Vendor shall complete onboarding within fifty days after signature. If it is late for reasons within its control, the Vendor shall pay the Subscriber CNY 300 for each day of delay.

Section 4 - Onboarding Acceptance

4.1 Onboarding is accepted when the following tests have been passed in the production environment: the import requirements returned for each of the twelve markets match the checklist prepared by the Subscriber's documentation manager; fifty test applications covering every product and market are pre-filled without manual correction of any mandatory field; status updates are received for all submitted applications; and electronic certificates can be retrieved and stored in the Subscriber's system for the markets that issue them.

4.2 The Subscriber shall confirm acceptance in writing within five working days after the Vendor reports that the tests have been passed, or list the failures. Using the API for live shipments before that confirmation does not amount to acceptance.

Section 5 - Fees and Payment

5.1 The fees are:

   Monthly subscription fee, CNY 18,400 x 24 months ......... CNY 441,600
   Onboarding and Integration Templates (one time) .......... CNY  28,000
   Total ..................................................... CNY 469,600

5.2 Calls beyond forty thousand in a month are charged at CNY 0.35 per Call; the Subscriber expects to stay within the included volume, so these charges are not part of the total above.

5.3 The onboarding fee is invoiced after Onboarding Acceptance. Monthly subscription fees are invoiced at the end of each month for that month. Invoices are payable within thirty days. No payment is due before Onboarding Acceptance.

5.4 The Vendor shall issue invoices valid under Chinese tax rules through its appointed agent in Qingdao.

Section 6 - Service

6.1 The Vendor shall use commercially reasonable efforts to keep the API available and to fix problems reported by the Subscriber.

6.2 The Vendor may carry out maintenance at any time and will try to announce planned maintenance on its status page in advance.

6.3 Support requests may be sent by e-mail to the Vendor's support address. The Vendor will handle them as soon as practicable.

6.4 The Vendor keeps the content on destination-country requirements up to date on the basis of official publications. The Subscriber remains responsible for checking each certificate before shipment.

Section 6A - Subscriber's Obligations and API Changes

6A.1 The Subscriber shall keep its API keys secure, use them only from its own systems, and tell the Vendor at once if it believes a key has been misused so that the key can be replaced.

6A.2 The Subscriber shall send accurate shipment data and laboratory results and shall not use the API to prepare applications for goods that are not its own or for other exporters.

6A.3 The Subscriber shall name a technical contact and a documentation contact, who shall receive the Vendor's release notes and market updates.

6A.4 The Vendor may release new versions of the API. It shall give the Subscriber at least ninety days' written notice before withdrawing any version in use, publish migration guides, and keep the previous version running during that period, so that the Subscriber's export management system can be adapted without interrupting shipments.

6A.5 The Vendor shall tell the Subscriber within two working days when it learns that a destination market has changed its certificate requirements for garlic products, and shall update the affected Integration Templates within ten working days at no additional charge.

6A.6 The Vendor shall keep the sandbox environment available to the Subscriber during the whole term for testing changes, training new staff and trying new markets before they are added to the production templates.

6A.7 Additional destination markets requested by the Subscriber after onboarding shall be added at a price agreed in writing before work begins; the Vendor shall not charge for any work that the Subscriber has not approved in writing.

Section 7 - Subscriber Data

7.1 Subscriber Data belongs to the Subscriber. The Vendor shall use Subscriber Data only to provide the API to the Subscriber and shall not use it for any other purpose, including analysis for other customers.

7.2 The Vendor shall host Subscriber Data in a data centre in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least one hundred and eighty days.

7.3 The Vendor shall notify the Subscriber of any security breach affecting Subscriber Data within 24 hours, take immediate measures to contain it and be liable for the Subscriber's losses caused by the breach.

7.4 At the end of the subscription, the Vendor shall export all Subscriber Data in a structured format and then delete it, confirming deletion in writing.

Section 8 - Integration Templates

8.1 The Integration Templates are made for the Subscriber and belong to it. The Subscriber may use, modify and pass them to any third party, including another service provider.

8.2 The API itself and the Vendor's general country-requirement content remain the Vendor's property.

Section 9 - Subcontracting

9.1 The Vendor may not subcontract any part of its obligations without the Subscriber's prior written consent, except that the hosting provider named in the Annex is approved on signature. The Vendor is responsible for any subcontractor as for itself.

Section 10 - Liability

10.1 The Vendor is liable for direct losses caused by its breach of this Agreement. Neither party is liable for indirect losses or loss of profit, except in cases of fraud or wilful misconduct.

10.2 The Vendor shall indemnify the Subscriber against claims that the API or the Integration Templates infringe third-party intellectual property rights.

Section 11 - Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

11.2 The Subscriber may terminate on sixty days' notice if the Vendor stops supporting three or more of the Subscriber's main destination markets.

11.3 On termination, fees paid for any period after termination shall be refunded and Section 7.4 applies.

Section 12 - Compliance

12.1 Each party shall comply with the laws that apply to it, including export control, anti-bribery and personal information protection laws. The Vendor confirms that it does not submit applications to authorities in the Subscriber's name unless the Subscriber has approved each one.

Section 13 - Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

Section 14 - General

14.1 Notices must be in writing and sent by e-mail with confirmation or by courier to the addresses given by each party.

14.2 This Agreement and its Annex (hosting provider and included markets) form the entire agreement. Amendments must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other's written consent.

Signed for the Subscriber: ________________________   Date: ___________

Signed for the Vendor: ________________________   Date: ___________
"""

# ---------------------------------------------------------------- targets
NAMES = {
    "h238z01": ("h238z01_city_education_bureau_enrolment_platform.md", "md"),
    "h238z02": ("h238z02_copper_foil_surface_defect_inspection.docx", "docx"),
    "h238z03": ("h238z03_car_wash_chain_booking_membership_saas.txt", "txt"),
    "h238z04": ("h238z04_county_meteorological_platform_annual_om.pdf", "pdf"),
    "h238z05": ("h238z05_chilli_bean_paste_wms_supplier_template.md", "md"),
    "h238e01": ("h238e01_small_appliance_design_software_perpetual_licences.docx", "docx"),
    "h238e02": ("h238e02_old_town_ticketing_saas_order_form.txt", "txt"),
    "h238e03": ("h238e03_croaker_farm_water_quality_sensors.pdf", "pdf"),
    "h238e04": ("h238e04_shoe_exporter_managed_it_endpoint_support.md", "md"),
    "h238e05": ("h238e05_garlic_exporter_certificate_api_subscription.txt", "txt"),
}

# ---------------------------------------------------------------- price and payment arithmetic
# key: (line items, contract value, payments that must add up to it, fee base for post-warranty fee or None)
MONEY = {
    "h238z01": ([1180000, 640000, 210000, 150000], 2180000, [436000, 981000, 763000], 1180000),
    "h238z02": ([1560000, 540000, 132000, 48000], 2280000, [456000, 1140000, 570000, 114000], 1560000 + 540000),
    "h238z03": ([40 * 1180 * 24, 86000], 1218800, [40 * 1180 * 24, 86000], None),
    "h238z04": ([864000], 864000, [216000] * 4, None),
    "h238z05": ([560000, 390000, 110000], 1060000, [530000, 530000], 560000),
    "h238e01": ([25 * 46000, 68000], 1218000, [243600, 974400], 1150000),
    "h238e02": ([26500 * 36, 118000, 64000], 1136000, [26500 * 36, 118000, 64000], None),
    "h238e03": ([1600000, 260000, 176000, 94000], 2130000, [745500, 958500, 426000], 1860000),
    "h238e04": ([620 * 58 * 24, 46000], 909040, [620 * 58 * 24, 46000], None),
    "h238e05": ([18400 * 24, 28000], 469600, [18400 * 24, 28000], None),
}
for k, (items, cv, pays, base) in MONEY.items():
    assert sum(items) == cv, k
    assert sum(pays) == cv, k
assert 1180000 * 7 // 100 == 82600 and 2100000 * 24 // 100 == 504000
assert 1150000 * 11 // 100 == 126500 and 1860000 * 9 // 100 == 167400
assert 40 * 1180 == 47200 and 40 * 1180 * 24 == 1132800 and 620 * 58 == 35960 and 620 * 58 * 24 == 863040
assert 26500 * 36 == 954000 and 18400 * 24 == 441600
assert 2180000 * 20 // 100 == 436000 and 2180000 * 45 // 100 == 981000 and 2180000 * 35 // 100 == 763000
assert 2280000 * 20 // 100 == 456000 and 2280000 // 2 == 1140000 and 2280000 // 4 == 570000 and 2280000 // 20 == 114000
assert 1218000 // 5 == 243600 and 2130000 * 35 // 100 == 745500 and 2130000 * 45 // 100 == 958500 and 2130000 // 5 == 426000

# ---------------------------------------------------------------- labels (decided before the text)
TKEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
         "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
         "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
         "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# values in TKEYS order; then (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract value), lang, category
PLAN = {
    "h238z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 7, F, T, F, "PRC", G], (T, T, T, F), "zh", "software"),
    "h238z02": ([N, 2, T, "buyer", T, T, T, 0.03, N, 20, T, T, 18, 24, F, T, F, "PRC", G], (T, T, T, F), "zh", "hardware"),
    "h238z03": ([99.5, 1, T, "buyer", T, F, T, 800 / 1218800 * 100, N, N, T, N, N, N, T, T, F, "PRC", S], (T, T, N, F), "zh", "cloud"),
    "h238z04": ([99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S], (T, T, N, F), "zh", "services"),
    "h238z05": ([N, 8, F, "supplier", T, F, T, N, 20, 50, F, F, 6, N, F, T, T, N, G], (T, F, F, T), "zh", "software"),
    "h238e01": ([N, 2, T, "buyer", T, T, T, 0.08, 50, 20, T, T, 24, 11, F, F, F, "Portugal", G], (T, T, T, F), "en", "software"),
    "h238e02": ([99.95, 0.5, T, "buyer", F, T, T, 900 / 1136000 * 100, 25.0, N, T, N, N, N, F, T, T, "PRC", S], (T, T, N, F), "en", "cloud"),
    "h238e03": ([N, 1, T, "joint", T, T, T, 0.1, 150, 35, T, T, 24, 9, F, T, F, "PRC", G], (T, T, T, F), "en", "hardware"),
    "h238e04": ([N, 0.75, T, "buyer", T, T, T, 700 / 909040 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S], (T, T, N, F), "en", "services"),
    "h238e05": ([N, N, F, "buyer", T, T, F, 300 / 469600 * 100, N, N, T, N, N, N, F, T, F, "PRC", S], (F, T, N, F), "en", "cloud"),
}
# a forum outside mainland China although the law may be PRC
FOREIGN_FORUM = {"h238e01": True, "h238e04": True}
EXPECTED = {
    "h238z01": [],
    "h238z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h238z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h238z04": [],
    "h238z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h238e01": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h238e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h238e03": ["CR-IP-OWNERSHIP", "CR-PREPAYMENT"],
    "h238e04": ["CR-GOVERNING-LAW"],
    "h238e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
RISK_PLAN = {"h238z01": "low", "h238z02": "high", "h238z03": "medium", "h238z04": "low", "h238z05": "high",
             "h238e01": "medium", "h238e02": "high", "h238e03": "high", "h238e04": "low", "h238e05": "high"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(k, t, cv):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware price, else the contract value."""
    base = MONEY[k][3] or cv
    fee = base * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return cv + post, post / (cv + post) * 100


def rules(k, t, x):
    """policy §3 re-applied to the labels."""
    out = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] in ("supplier", "joint", None):
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            out.append("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            out.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FOREIGN_FORUM.get(k):
        out.append("CR-GOVERNING-LAW")
    if goods and x["post_warranty_fee_capped"] and t["post_warranty_fee_pct"] is not None:
        if tco(k, t, x["contract_value"])[1] > 40:
            out.append("CR-TCO-SERVICE-SHARE")
    return sorted(out)


def risk(found):
    sev = {SEV[r] for r in found}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(k):
    vals, (sla, ld, capped, deemed), lang, cat = PLAN[k]
    t = dict(zip(TKEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = MONEY[k][1]
    found = rules(k, t, x)
    assert found == EXPECTED[k], (k, found)
    assert risk(found) == RISK_PLAN[k], (k, risk(found))
    return {"file": NAMES[k][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": found}

# labelled figures that must appear in the text
FIGS = {
    "h238z01": ["¥2,180,000", "20%", "99.95%", "30分钟", "千分之一", "三十六个月", "7%", "¥82,600", "不自动续期", "不得将本项目的任何部分分包"],
    "h238z02": ["¥2,280,000", "2,100,000", "20%", "2小时内响应", "万分之三", "十八个月", "24%", "¥504,000", "书面同意"],
    "h238z03": ["¥1,218,800", "99.5%", "1小时内响应", "¥800", "脱敏和汇总", "自动续期两年", "届时公布的标准价格", "书面同意"],
    "h238z04": ["¥864,000", "99.95%", "30分钟内响应", "千分之一", "不自动续期", "不预付任何费用", "不得将本合同服务分包"],
    "h238z05": ["1,060,000", "50%", "¥530,000", "即视为甲方验收合格", "六个月", "当年公布的维护价格表", "归乙方所有", "脱敏", "20%", "无需另行征得甲方同意", "8小时内响应"],
    "h238e01": ["1,218,000", "20%", "CNY 243,600", "within 2 hours", "0.08%", "twenty-four months", "11%", "CNY 126,500", "50%", "may not be terminated", "laws of Portugal", "Funchal"],
    "h238e02": ["1,136,000", "99.95%", "within 30 minutes", "CNY 900", "nine months", "thirty-six (36) months", "of its choice", "same monthly fee"],
    "h238e03": ["2,130,000", "35%", "CNY 745,500", "within 1 hour", "0.1%", "twenty-four months", "9%", "CNY 167,400", "150%", "jointly owned"],
    "h238e04": ["909,040", "within 45 minutes", "CNY 700", "twice the Total Contract Value", "Hong Kong International Arbitration Centre", "does not renew automatically"],
    "h238e05": ["469,600", "commercially reasonable efforts", "CNY 300", "no automatic renewal", "prior written consent"],
}

# ---------------------------------------------------------------- thresholds of policy §3 / §4, in any form
NB = r"(?<![\d.,])"
THRESH = [
    r"99\.9(?![\d])", r"九十九点九(?![\d一二三四五六七八九])",
    NB + r"4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    NB + r"0\.05\s*(?:%|per\s*cent)", r"万分之五(?![十])",
    NB + r"100\s*(?:%|per\s*cent)", r"百分之(?:一)?百(?![分])", r"one hundred per\s*cent",
    NB + r"30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:\(30\)\s*)?per\s*cent",
    NB + r"40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:\(40\)\s*)?per\s*cent",
    NB + r"15\s*(?:%|per\s*cent)", r"百分之十五(?![点])", r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent",
    NB + r"12\s*(?:months?|个月|-month)", r"(?<![二三四五六七八九])十二个月", r"\btwelve\s*(?:\(12\)\s*)?months?", r"(?<![每第十])一年", r"\bone\s*(?:\(1\)\s*)?year\b", NB + r"1\s*years?\b",
    NB + r"5\s*(?:years?|年|-year)", r"(?<![十])五年", r"\bfive\s*(?:\(5\)\s*)?years?", r"\bfive-year",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def hits(text):
    return [m.group(0) for r in THRESH_RE for m in r.finditer(text)]


POS = ["99.9%", "九十九点九", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十",
       "thirty per cent", "40%", "百分之四十", "15%", "百分之十五", "12 months", "12个月", "十二个月", "twelve months", "一年", "one year",
       "5 years", "五年", "five years", "5年", "1 year"]
NEG = ["99.95%", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之五十", "1,100%", "95%", "130%", "115%", "240%", "150%",
       "24 months", "二十四个月", "2025年", "十五年", "第一年", "每一年", "thirty days", "forty-five days", "fifteen days"]
for p in POS:
    assert hits(p), p
for n in NEG:
    assert not hits(n), (n, hits(n))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind) in NAMES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    bad = []
    for k, (name, kind) in NAMES.items():
        lab = label(k)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", " ", text)
        flat_nospace = re.sub(r"\s", "", text)
        for fig in FIGS[k]:
            if fig not in flat and re.sub(r"\s", "", fig) not in flat_nospace:
                bad.append((k, "missing figure", fig))
        h = hits(text) + hits(flat)
        if h:
            bad.append((k, "threshold", h))
        n = size(text, lab["language"])
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        print(f"{name}: {n} {'chars' if lab['language'] == 'zh' else 'words'}; rules {lab['expected_rules']}; risk {RISK_PLAN[k]}")
        if not lo <= n <= hi:
            bad.append((k, "length", n))
    assert not bad, bad
    print("all checks passed")
