"""holdout323: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青岚市城市公交智能调度平台建设项目采购合同
P:合同编号：QLJT-ZFCG-2025-017　　采购方式：公开招标　　项目编号：QLCG2025-GK-0316
P:甲方（采购人）：青岚市交通运输局
P:乙方（中标供应商）：杭州行云智联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青岚市城市公交智能调度平台建设项目签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设城市公交智能调度平台，包括调度平台软件许可、420套车载智能终端的供货安装、智能排班及客流分析模块定制开发、与市一卡通系统和市交通信息中心的数据接口开发、系统部署实施和人员培训。
P:1.2 建设范围覆盖全市38条公交线路、6个停保场和1个调度指挥中心。乙方所供软硬件的品牌、型号和技术参数以投标文件为准，不得低于招标文件要求。
P:1.3 项目工期为合同签订之日起150日，其中终端安装须在夜间收车后进行，不得影响线路正常运营。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,990,000元（大写：贰佰玖拾玖万元整），为固定总价，包含设备、软件许可、开发、运输、安装、调试、培训、税费及质保期内全部服务费用。明细如下：
P:（1）调度平台软件许可（永久许可，含调度、监控、报表模块）：1,180,000元；
P:（2）车载智能终端420套，单价2,600元：1,092,000元；
P:以上软硬件小计2,272,000元；
P:（3）智能排班及客流分析模块、数据接口定制开发：536,000元；
P:（4）系统部署实施：148,000元；
P:（5）培训：34,000元。
P:2.2 合同履行期间，甲方不因原材料或人工价格变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函及发票后15个工作日内支付合同总价的20%作为预付款，计598,000元。
P:3.2 全部终端安装完成、平台通过初步验收后，甲方支付合同总价的45%，计1,345,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计1,046,500元。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，但甲方不得无故拖延。
H:第四条 交付与验收
P:4.1 初步验收：终端全部安装并上线，平台在38条线路连续试运行30日，车辆定位上报间隔不大于10秒，定位数据完整率不低于99.5%，调度指令下发成功率不低于99.8%，智能排班方案通过甲方公交运营部门评审。
P:4.2 最终验收：初步验收后再试运行60日，期间未发生一级故障；与市一卡通系统、市交通信息中心的接口数据核对一致；通过第三方软件测评机构的功能、性能和安全测试；乙方移交全部文档和源代码。
P:4.3 验收由甲方组织，邀请相关专家参加，出具书面验收报告。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、终端维修更换和现场技术支持。
P:5.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软硬件小计的8%（即每年不超过181,760元），该标准在质保期满后三个维护年度内保持不变。维护服务按年签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护须提前3日报甲方同意，且安排在凌晨1时至5时之间）。
P:6.2 故障分级响应：一级故障（调度中心平台瘫痪、全网车辆失联）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单条线路或单个停保场功能异常）1小时内响应，8小时内恢复；三级故障（个别终端或非核心功能异常）24小时内处理完毕。
P:6.3 乙方未达到上述响应或恢复时限的，每超过1小时扣减维护保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
H:第七条 数据安全
P:7.1 平台采集的车辆运行数据、客流数据、乘客刷卡数据及视频图像等全部数据归甲方所有，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应按照网络安全等级保护第三级要求实施平台安全防护，采取访问控制、加密传输、日志审计等措施；乙方人员远程维护须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第八条 保密
P:8.1 乙方对在履行合同过程中知悉的甲方工作秘密、线路规划、调度方案等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的智能排班及客流分析模块、数据接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:9.2 调度平台标准软件的知识产权仍归原权利人所有，甲方享有永久使用许可。乙方保证所供软硬件不侵犯第三方知识产权。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第七条、第八条造成的损失不受此限。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：青岚市交通运输局　　　　乙方（盖章）：杭州行云智联科技有限公司
P:法定代表人或授权代表：＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿
P:日期：＿＿＿＿年＿＿月＿＿日　　　　日期：＿＿＿＿年＿＿月＿＿日
"""

Z02 = """T:镀膜线控制系统改造合同
P:合同编号：FQ-SB-2025-0412
P:甲方（买方）：凤岐光伏玻璃有限公司
P:乙方（卖方）：苏州锐控自动化工程有限公司
P:鉴于甲方拟对二号窑减反射镀膜线的控制系统进行整体改造，乙方具备相应的设计、供货和实施能力，双方在平等自愿基础上订立本合同。
H:一、改造范围
P:（一）拆除原有控制柜及老旧驱动，更换为新的PLC控制系统、伺服驱动和变频器，新增两套镀膜厚度在线检测仪，配置上位机监控软件及工控网络设备。
P:（二）完成控制程序编制、HMI组态、与甲方MES系统的数据对接，以及整线联调和人员培训。
P:（三）改造须在甲方安排的两次计划停线窗口内完成，每次停线不超过72小时。
H:二、合同价格
P:（一）合同总价为人民币3,220,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|1,260,000
TB:2|伺服驱动及变频器|1批|486,000
TB:3|镀膜厚度在线检测仪|2套|636,000
TB:4|上位机及HMI监控软件许可|1套|224,000
TB:5|工控交换机及服务器|1批|154,000
TB:|软硬件小计||2,760,000
TB:6|安装调试|1项|238,000
TB:7|编程组态及MES对接|1项|192,000
TB:8|培训|1项|30,000
TB:|合同总价||3,220,000
P:（二）上述价格为固定价格，包含运输、保险、安装、调试、技术服务及质保期内服务。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%；到货签收仅为数量确认，不构成质量验收。
P:（三）改造完成并通过终验后，甲方支付合同总价的50%。
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后无息退还。
H:四、验收
P:（一）终验标准：整线连续生产168小时无停机性控制故障；膜厚检测重复性误差不大于±2纳米；主要工艺参数控制精度达到技术协议要求；MES数据对接准确无误；乙方完成文档移交和操作培训。
P:（二）终验由甲方设备部、生产部和质量部联合进行，并签署终验报告。设备投入生产或甲方付款，不视为终验合格。
H:五、质保与维保
P:（一）质保期为终验合格之日起十八个月，质保期内乙方免费维修或更换故障部件，并免费提供程序修改和技术支持。
P:（二）质保期满后，甲方按年度向乙方购买维保服务。年度维保费为软硬件小计的25%，即每年690,000元，自质保期满后的首个维保年度起按该金额固定执行，乙方不得单方上调。维保服务包括备件更换、定期巡检、程序维护和7×24小时远程支持。
P:（三）维保合同按年签订，不自动续期。
H:六、故障响应
P:（一）一级故障（导致镀膜线停线或产品批量报废）：乙方1小时内响应，8小时内到场，16小时内恢复生产。
P:（二）二级故障（局部功能失效但不停线）：2小时内响应，24小时内处理。
P:（三）乙方每迟延响应或到场1小时，按1,500元向甲方支付违约金，从质量保证金或维保费中扣除。
H:七、数据与网络安全
P:（一）控制系统产生的工艺参数、配方、生产数据及质量数据归甲方所有，乙方不得复制、带离或用于其他目的。
P:（二）乙方应按照工业控制系统信息安全防护要求实施改造，关闭不必要的端口和服务，远程维护须经甲方同意并通过甲方指定的安全通道进行。因乙方原因造成数据泄露或生产事故的，乙方承担全部赔偿责任。
H:八、保密
P:（一）双方对在合作中获知的对方技术资料和商业信息承担保密义务，未经对方书面同意不得向第三方披露。甲方的镀膜配方和工艺参数属于甲方核心商业秘密。
H:九、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI组态文件及MES接口程序，其源代码和知识产权归甲方所有，甲方可自行修改和使用。
P:（二）标准软件的知识产权归其原权利人，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方未按约定期限完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）因乙方原因导致停线超过约定窗口的，乙方还应赔偿甲方由此造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:（一）乙方不得将本合同的主体工作分包。辅助性安装工作确需分包的，须事先取得甲方书面同意。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议提交合肥仲裁委员会仲裁。
H:十四、其他
P:（一）本合同附件包括技术协议、设备清单和停线施工方案，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：凤岐光伏玻璃有限公司（盖章）　　　乙方：苏州锐控自动化工程有限公司（盖章）
P:代表签字：＿＿＿＿＿＿　　　代表签字：＿＿＿＿＿＿
"""

Z03 = """拾花花艺教育连锁校区管理云平台服务合同

合同编号：SH-IT-2025-08
甲方：杭州拾花花艺培训有限公司（以下简称"甲方"）
乙方：南京栖课信息技术有限公司（以下简称"乙方"）

甲方在杭州、宁波、苏州等地经营12个花艺培训校区，拟采用乙方"栖课"教培管理云平台统一管理课程排期、学员报名、课消、耗材（花材）领用和会员营销。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方12个校区提供栖课云平台标准版订阅服务，包括课程与排课、学员档案、课时消耗、收银对账、花材库存、家长端小程序和经营报表模块。
（2）乙方提供一次性实施服务：历史学员数据迁移（约2.6万条）、12个校区的组织与权限配置、甲方专属课程体系（插花、花束、永生花、婚礼花艺四大系列）配置、收银设备对接及管理员培训。
（3）平台部署在乙方租用的境内公有云上，甲方通过浏览器和小程序使用。

第二条 服务期限
（1）订阅服务期限为三个服务年度，自平台上线验收通过之日起算。
（2）服务期满前30日双方均未书面提出异议的，本合同自动续订一个服务年度，可多次续订。续订时乙方有权根据其产品价格体系调整订阅单价，上调幅度不超过8%，以乙方的书面调价通知为准。

第三条 费用
（1）订阅费：每校区每服务年度16,800元，12个校区合计每服务年度201,600元，三个服务年度合计604,800元。
（2）实施费：58,000元，一次性收取。
（3）合同总价：662,800元。
（4）新增校区按同一单价按剩余服务期折算计费。短信通知按实际发送量另行结算，不计入合同总价。

第四条 付款
（1）实施费在平台上线验收通过后15日内支付。
（2）订阅费按服务年度支付，甲方在每个服务年度开始后15日内支付当年订阅费。
（3）乙方应在收款前开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成实施并提交上线验收申请。
（2）上线验收标准：历史学员数据迁移后抽检差错率低于0.5%，课时余额与甲方原系统核对一致；12个校区权限配置正确；收银对账连续10个营业日无差异；常用页面在200名用户并发时响应时间不超过2秒；管理员培训完成并考核通过。
（3）验收由甲方运营中心组织，双方签署上线验收单。试用或部分校区先行使用不视为验收通过。

第六条 服务水平
（1）乙方保证平台月度可用率不低于99.5%，计划内维护应安排在夜间22时以后并提前2日通知甲方。
（2）故障响应：一级故障（平台无法登录、收银中断）30分钟内响应，3小时内恢复；二级故障（单一模块异常）2小时内响应，当日解决；三级故障（咨询、优化建议）2个工作日内答复。
（3）月度可用率低于约定值的，按以下比例抵扣当月订阅费：低于99.5%但不低于99%，抵扣5%；低于99%但不低于98%，抵扣10%；低于98%，抵扣20%。一级故障超时恢复的，每超时1小时另抵扣当月订阅费的1%。

第七条 数据安全
（1）甲方录入或产生的学员信息、家长联系方式、课消记录、交易数据等均归甲方所有，乙方仅为提供本合同服务处理上述数据，不得用于其他用途。
（2）乙方应落实网络安全等级保护第二级以上要求，对个人信息加密存储、传输，实行最小权限访问和操作日志留存，每日备份并每季度进行恢复演练。
（3）发生数据泄露或丢失的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此承担的监管罚款和对学员的赔偿。
（4）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

第八条 知识产权
（1）栖课云平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方专门配置的课程体系模板、定制报表及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。

第九条 违约责任
（1）乙方未能按第五条约定时间完成实施的，每逾期一日按合同总价的千分之一支付违约金。
（2）乙方在本合同项下的赔偿总额不超过合同总价的1.5倍，但第七条规定的数据泄露责任不受此限。
（3）甲方逾期付款超过30日的，乙方可在书面催告后暂停服务，但应提前3日通知。

第十条 转包与分包
（1）乙方不得将本合同服务转包。除公有云基础设施外，乙方将任何服务分包给第三方的，须事先取得甲方书面同意。

第十一条 合同解除
（1）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未消耗的订阅费。
（2）任何一方进入破产程序的，另一方可解除合同。

第十二条 法律适用与争议
（1）本合同适用中华人民共和国法律。
（2）争议协商不成的，任何一方可向甲方住所地人民法院起诉。

第十三条 其他
（1）本合同未尽事宜，双方可签订补充协议。
（2）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：杭州拾花花艺培训有限公司
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
乙方（盖章）：南京栖课信息技术有限公司
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
"""

Z04 = """云溪市人力资源市场招聘服务系统年度运维服务合同

合同编号：YXRS-CS-2025-09
采购方式：竞争性磋商
采购项目编号：YXCG-2025-CS-0588

甲方（采购人）：云溪市人力资源市场服务中心
乙方（成交供应商）：江西润和信息技术服务有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就云溪市人力资源市场招聘服务系统运维服务订立本合同。

1. 服务范围
1.1 运维对象：招聘服务系统（含求职者门户、用人单位门户、招聘会管理、岗位发布审核、就业补贴申报模块）、支撑该系统的12台服务器、2套数据库、负载均衡设备及相关中间件。
1.2 服务内容：驻场日常运维、远程巡检与应急处置、系统安全加固及等级保护测评配合、操作系统和中间件版本升级适配、每月招聘会高峰期保障。
1.3 服务期为一个服务年度，自双方签署运维交接确认书之日起计算。服务期满本合同终止，不自动续签；甲方如需继续采购，另行依法组织采购。

2. 合同金额
2.1 合同总价为人民币486,000元，包括：
（1）驻场运维（2名工程师，工作日驻场）：312,000元；
（2）远程巡检与应急响应：96,000元；
（3）安全加固及等保测评配合：46,000元；
（4）版本升级适配：32,000元。
2.2 合同总价为固定价格，包含人工、差旅、工具、税费等全部费用。

3. 付款
3.1 本合同不设预付款。
3.2 合同价款按季度支付。每个服务季度结束后，甲方依据第6条进行季度考核，考核合格后15个工作日内支付当季服务费121,500元；考核扣款从当季服务费中直接扣除。
3.3 乙方应于每次付款前开具合规发票。

4. 服务交接
4.1 乙方应在合同签订后10日内与原运维单位完成交接，包括账号权限、系统文档、备份介质和未结工单的移交，并由甲方签署运维交接确认书。
4.2 乙方未按期完成交接并进场提供服务的，每逾期一日按合同总价的万分之二向甲方支付违约金。

5. 服务水平
5.1 系统月度可用率不低于99.95%，每月招聘会当日可用率要求为不中断。
5.2 故障等级及时限：一级故障（系统整体不可访问、数据库宕机、数据异常丢失）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个模块不可用）30分钟内响应，8小时内恢复；三级故障（一般性问题）当日响应，3个工作日内解决。
5.3 乙方每季度提交运维报告，内容包括巡检记录、故障处理情况、安全事件及整改建议。

6. 考核与验收
6.1 甲方按季度对乙方进行考核，考核指标包括：月度可用率、故障响应和恢复时限、巡检完成率、运维报告质量和用户满意度。
6.2 扣款标准：月度可用率每低于约定值0.01个百分点，扣减当季服务费1,000元；一级故障每超时1小时扣减2,000元；二级故障每超时1小时扣减500元。
6.3 服务期满，甲方组织年度验收，对照本合同服务内容和四个季度考核结果出具验收意见。

7. 数据安全
7.1 招聘服务系统中的求职者个人信息、用人单位信息、岗位数据和就业补贴数据归甲方所有。乙方仅为履行运维职责接触上述数据，不得查询、复制、下载或向任何第三方提供。
7.2 乙方运维人员须签署安全承诺书，使用甲方分配的实名账号经堡垒机操作，严禁使用个人存储介质。乙方应配合甲方完成等级保护第三级测评及整改。
7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8. 保密
8.1 乙方对在服务过程中知悉的甲方工作信息、系统架构、账号口令负有保密义务，本义务不因合同终止而解除。

9. 知识产权
9.1 乙方在服务期内编写的运维手册、应急预案、自动化巡检脚本及系统配置文档归甲方所有，甲方可自由使用、修改并交由后续运维单位使用。

10. 分包
10.1 乙方可将机房巡检、备份介质异地存放等辅助性工作委托第三方完成，但应提前三个工作日书面告知甲方，并对受托方的工作承担责任。

11. 违约与解除
11.1 乙方连续两个季度考核不合格，或严重违反第7条约定的，甲方有权书面通知解除合同，乙方应赔偿由此造成的损失。
11.2 甲方无正当理由逾期付款的，乙方可书面催告，甲方应自催告之日起10日内支付。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。争议协商不成的，提交云溪仲裁委员会仲裁。

13. 其他
13.1 磋商文件、响应文件、成交通知书为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，经双方签章后生效。

甲方（盖章）：云溪市人力资源市场服务中心
乙方（盖章）：江西润和信息技术服务有限公司
签订日期：＿＿＿＿年＿＿月＿＿日
"""

Z05 = """# 质数QMS质量管理系统软件许可及实施合同

（质数软件标准合同文本 V4.0）

合同编号：ZS-QMS-2025-136

甲方（客户）：秦淮记食品有限公司
乙方（服务方）：质数软件（深圳）有限公司

甲方因鸭血粉丝及配套调料包生产的质量管理需要，向乙方采购质数QMS质量管理系统软件许可及相关定制开发、实施服务。双方依据《中华人民共和国民法典》，在平等、自愿基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质数QMS标准版软件许可（50个并发用户），许可方式为永久许可，部署于甲方机房服务器。

1.2 乙方为甲方定制开发以下功能：HACCP关键控制点（杀菌温度、金属检测、鸭血凝固时间）在线监控、原料到成品的批次追溯、供应商评审与来料检验、留样管理和不合格品处理流程。

1.3 乙方负责系统安装部署、基础数据初始化、与甲方ERP的物料和批次接口对接以及用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质数QMS标准版软件许可（50并发用户） | 420,000 |
| 2 | 定制开发（HACCP监控、批次追溯、供应商评审等） | 386,000 |
| 3 | 实施部署及ERP接口 | 88,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 910,000 |

2.1 以上价格含税。甲方提出的超出需求说明书范围的变更，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，计591,500元。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，计318,500元。

3.3 甲方逾期付款的，乙方有权暂停实施，项目工期相应顺延。

## 第四条 实施与验收

4.1 乙方在收到首期款后90日内完成部署和定制开发，并通知甲方上线。

4.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，乙方按维护程序处理。

4.3 甲方应提供实施所需的服务器、网络环境和业务配合人员。因甲方原因导致延期的，乙方不承担责任。

## 第五条 知识产权

5.1 质数QMS标准软件的著作权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码、技术文档的知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，不得自行修改、反编译或提供给第三方使用。

## 第六条 数据

6.1 甲方在系统中录入和产生的质量检验数据、生产批次数据归甲方所有。

6.2 甲方同意，乙方可将上述数据脱敏处理后用于乙方食品行业质量模型训练、产品改进和行业分析报告，该授权在合同终止后继续有效。

6.3 乙方远程维护须经甲方同意，采取加密通道和账号权限控制；因乙方原因造成甲方数据泄露的，乙方承担相应赔偿责任，并应在发现后24小时内通知甲方。

## 第七条 保密

7.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

## 第八条 维护服务

8.1 免费维护期为系统上线之日起六个月，期间乙方提供远程技术支持和缺陷修复。

8.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

8.3 故障响应：一级故障（系统无法使用）乙方在接到报修后12小时内响应；二级故障2个工作日内响应；其他问题5个工作日内答复。

8.4 乙方将尽力按上述时限处理，但未达到时限的，乙方不承担扣款、赔偿或违约责任。

## 第九条 违约责任

9.1 乙方因自身原因逾期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失、产品召回损失。

## 第十条 合同解除

10.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。

10.2 甲方单方解除合同的，已付款项不予退还。

## 第十一条 不可抗力

11.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十二条 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件《需求说明书》与本合同具有同等效力，如有冲突，以本合同为准。

甲方（盖章）：秦淮记食品有限公司　　授权代表：＿＿＿＿

乙方（盖章）：质数软件（深圳）有限公司　　授权代表：＿＿＿＿

签订日期：＿＿＿＿年＿＿月＿＿日
"""

Z01 = Z01.replace("H:第十四条 其他", """H:第十四条 不可抗力与通知
P:14.1 因不可抗力致使合同不能按期履行的，受影响方应在3日内书面通知对方并提供证明，工期相应顺延。
P:14.2 本合同项下通知以书面形式送达合同首部载明的地址，一方变更地址应及时通知对方。
H:第十五条 其他""").replace("P:14.1 本合同一式六份", "P:15.1 本合同一式六份")

Z02 = Z02.replace("H:十四、其他", """H:十四、项目管理与人员
P:（一）乙方应指定具有同类镀膜线改造经验的项目经理常驻现场，项目经理更换须经甲方同意。乙方现场人员应遵守甲方安全生产、防火、防烫伤和洁净区管理制度，进入窑区须办理动火和高温作业审批手续。
P:（二）乙方应在合同生效后15日内提交详细设计方案、停线施工方案和回退预案，经甲方审查同意后实施。停线窗口内未能完成切换的，乙方应按回退预案在窗口结束前恢复原系统运行。
P:（三）乙方应为甲方电气、工艺和操作人员提供不少于5天的培训，内容包括系统原理、日常操作、配方管理、常见故障处理和备件更换，培训结束后进行考核。
P:（四）乙方应随设备提供出厂检验报告、合格证、操作维护手册、电气原理图、I/O清单和备件清单，并在终验前提交竣工资料。
H:十五、不可抗力
P:（一）因地震、洪水、疫情等不可抗力导致合同不能按期履行的，受影响方应及时通知对方，并在7日内提供证明，双方协商顺延履行期限。
H:十六、其他""")

Z03 = Z03.replace("第十三条 其他", """第十三条 服务支持与培训
（1）乙方为甲方配备专属客户成功经理，负责需求对接、季度服务回顾和使用优化建议。
（2）乙方提供7×12小时在线客服及工单系统，甲方各校区前台和教务人员可直接提交问题。
（3）平台功能升级由乙方统一发布，涉及甲方已使用功能的重大变化，乙方应提前15日通知甲方并提供操作说明；升级不得导致甲方已有数据丢失或报表口径变化。
（4）乙方每个服务年度为甲方新入职教务人员提供不少于4次线上培训。

第十四条 不可抗力与通知
（1）因不可抗力或公有云基础设施大范围故障导致服务中断的，乙方应及时通知甲方并尽快恢复，但不免除其按第六条承担的抵扣义务，除非中断系由地震、战争等不可抗力直接造成。
（2）双方往来通知以书面或电子邮件方式发送至合同首部地址或双方指定邮箱，发出后次一工作日视为送达。

第十五条 其他""")

Z04 = Z04.replace("13. 其他", """13. 人员与工作要求
13.1 乙方驻场工程师应具备三年以上同类系统运维经验，持有相关专业认证，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面申请，并保证接替人员能力不低于原人员。
13.2 驻场人员应遵守甲方考勤、安全和廉洁制度，工作时间为工作日8:30至17:30；招聘会当日须提前1小时到岗。节假日及夜间实行电话值守，接到一级故障通知后按第5条时限响应。
13.3 乙方应建立运维工单台账，对每项故障和变更记录处理过程、处理人员和结果，每月5日前向甲方提交上月工单统计。工单台账和运维日志由乙方在服务期内完整保存，服务期满随其他运维资料一并移交甲方。
13.5 乙方应定期对系统进行漏洞扫描和基线核查，发现高危漏洞的，应在甲方确认后及时修复，无法立即修复的应提出临时防护措施并报甲方备案。
13.4 涉及系统变更、补丁安装、配置调整的，乙方应提前提交变更方案，经甲方审批后在非业务高峰时段实施，并做好回退准备。

14. 廉洁与不可抗力
14.1 乙方不得向甲方工作人员提供任何形式的不正当利益。发现违反的，甲方有权解除合同。
14.2 因不可抗力影响合同履行的，受影响方应及时通知对方并提供证明，双方根据影响程度协商处理。

15. 其他""").replace("13.1 磋商文件", "15.1 磋商文件").replace("13.2 本合同一式五份", "15.2 本合同一式五份")

Z05 = Z05.replace("## 第十一条 不可抗力", """## 第十一条 双方责任

11.1 甲方应指定项目负责人，负责需求确认、数据提供和内部协调；甲方对需求说明书确认后提出的变更，乙方有权调整工期和费用。

11.2 乙方应指派实施顾问，按实施计划完成部署、配置、培训等工作。乙方实施人员在甲方厂区工作期间应遵守甲方食品安全卫生和车间管理规定，进入生产区须穿戴洁净服并经消毒。

11.3 甲方应自行负责服务器、操作系统、数据库等软硬件环境的采购与维护，因环境原因导致系统异常的，不属于乙方维护范围。甲方应按乙方提供的配置要求准备服务器和网络环境，并在实施开始前完成安装和调试。

11.4 甲方对定制功能提出的修改意见，应在乙方提交测试版本后5个工作日内书面汇总提出，逾期未提出的，视为甲方对该版本无异议。

11.5 乙方可根据项目需要，自主安排合作伙伴参与实施和二次开发工作，无需另行取得甲方同意。

## 第十二条 培训

12.1 乙方为甲方提供管理员培训2次、最终用户培训4次，每次不超过半天，培训地点在甲方厂区。

12.2 超出上述次数的培训，按乙方人天单价另行收费。

## 第十三条 不可抗力""").replace("## 第十二条 法律适用", "## 第十四条 法律适用").replace("12.1 本合同适用", "14.1 本合同适用").replace("## 第十三条 其他", "## 第十五条 其他").replace("13.1 本合同自双方", "15.1 本合同自双方").replace("13.2 本合同附件", "15.2 本合同附件").replace("## 第十三条 不可抗力\n\n11.1", "## 第十三条 不可抗力\n\n13.1")

Z02 = Z02.replace("H:十五、不可抗力", """H:十五、包装运输与备件
P:（一）设备应采用适合长途运输和防潮、防震的包装，检测仪光学部件须单独包装并附倾斜和冲击指示标签。乙方负责将设备运至甲方二号窑现场指定地点，运输途中的风险由乙方承担。
P:（二）乙方应随货提供一批随机备件，包括I/O模块、伺服驱动器、电源模块和检测仪光源各若干，清单见附件。质保期内随机备件消耗后，乙方应免费补足。
P:（三）乙方保证控制系统主要部件在终验后八年内持续供应备件或提供兼容替代方案；停产前应提前六个月书面通知甲方，并给予甲方最后一次采购机会。
H:十六、不可抗力""").replace("H:十六、其他", "H:十七、其他")

Z03 = Z03.replace("第十三条 服务支持与培训", """第十三条 甲方责任
（1）甲方应指定项目对接人，在实施期间按乙方要求提供历史学员数据、课程价格表和校区组织架构，并对迁移结果进行核对确认。
（2）甲方负责各校区网络环境和收银设备的采购，应妥善管理本方账号和口令，因甲方人员泄露账号造成的损失由甲方自行承担。
（3）甲方向学员收集个人信息时，应按法律规定告知并取得同意；乙方在小程序中提供隐私政策模板和授权弹窗，供甲方使用。

第十四条 服务支持与培训""").replace("第十四条 不可抗力与通知", "第十五条 不可抗力与通知").replace("第十五条 其他", "第十六条 其他")

Z04 = Z04.replace("14. 廉洁与不可抗力", """14. 重大活动保障
14.1 每月招聘会、春风行动、高校毕业生专场等重大活动前3日，乙方应完成全面巡检和压力测试，并向甲方提交保障方案；活动当日安排至少2名工程师现场值守，直至活动结束。
14.2 重大活动期间发生一级故障的，乙方应立即启动应急预案，同时向甲方分管负责人报告，故障恢复后24小时内提交故障分析报告。
14.3 乙方每半年组织一次数据库恢复和应急切换演练，演练方案和结果报甲方备案。

15. 廉洁与不可抗力""").replace("14.1 乙方不得向甲方工作人员", "15.1 乙方不得向甲方工作人员").replace("14.2 因不可抗力影响", "15.2 因不可抗力影响").replace("15. 其他", "16. 其他").replace("15.1 磋商文件", "16.1 磋商文件").replace("15.2 本合同一式五份", "16.2 本合同一式五份")

Z05 = Z05.replace("## 第十二条 培训", """## 第十二条 交付物

12.1 乙方交付物包括：QMS标准版安装介质及许可文件、定制功能模块的可执行程序、系统管理员手册、用户操作手册和培训材料。

12.2 定制功能模块的源代码不属于交付物，由乙方保存。甲方如需取得源代码，应另行与乙方协商并支付费用。

12.3 系统上线后，甲方如需增加用户数、增加工厂或车间，应按乙方当时的价格购买扩容许可。

## 第十三条 培训""").replace("## 第十三条 不可抗力", "## 第十四条 不可抗力").replace("13.1 因不可抗力", "14.1 因不可抗力").replace("## 第十四条 法律适用", "## 第十五条 法律适用").replace("14.1 本合同适用", "15.1 本合同适用").replace("## 第十五条 其他", "## 第十六条 其他").replace("15.1 本合同自双方", "16.1 本合同自双方").replace("15.2 本合同附件", "16.2 本合同附件").replace("12.1 乙方为甲方提供管理员培训", "13.1 乙方为甲方提供管理员培训").replace("12.2 超出上述次数", "13.2 超出上述次数")

Z02 = Z02.replace("H:十六、不可抗力", """H:十六、安全生产与环境
P:（一）乙方施工前应对现场人员进行安全技术交底，配备合格的劳动防护用品，严禁在未办理审批手续的情况下进行带电作业、动火作业或登高作业。
P:（二）拆除的旧控制柜、电缆和废旧电子元器件由乙方分类整理后交甲方处置，含有害物质的废弃物应按甲方环保管理规定单独存放，不得随意丢弃。
P:（三）因乙方违反安全生产规定造成人身伤害、设备损坏或火灾事故的，由乙方承担全部责任。
H:十七、不可抗力""").replace("H:十七、其他", "H:十八、其他")

Z03 = Z03.replace("第十四条 服务支持与培训", """第十四条 服务变更
（1）服务期内甲方增加校区的，按第三条单价计费；甲方关闭校区的，可在下一个服务年度开始前书面通知乙方减少订阅数量，但订阅校区数不少于10个。
（2）甲方需要标准功能以外的定制开发的，双方另行签订开发协议，开发成果的归属按第八条第（2）项处理。
（3）乙方因业务调整停止提供平台服务的，应至少提前90日通知甲方，协助甲方完成数据迁移，并退还已付未消耗的订阅费。

第十五条 服务支持与培训""").replace("第十五条 不可抗力与通知", "第十六条 不可抗力与通知").replace("第十六条 其他", "第十七条 其他")

Z04 = Z04.replace("15. 廉洁与不可抗力", """15. 服务终止与交接
15.1 服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的后续运维单位完整移交系统账号、运维文档、脚本、备份介质和未结工单，并配合完成交接确认，交接期间不得中断服务。
15.2 乙方应在交接完成后删除其持有的与本项目有关的全部数据副本，并向甲方出具书面删除确认。

16. 廉洁与不可抗力""").replace("15.1 乙方不得向甲方工作人员", "16.1 乙方不得向甲方工作人员").replace("15.2 因不可抗力影响", "16.2 因不可抗力影响").replace("16. 其他", "17. 其他").replace("16.1 磋商文件", "17.1 磋商文件").replace("16.2 本合同一式五份", "17.2 本合同一式五份")

Z05 = Z05.replace("## 第十三条 培训", """## 第十三条 系统环境与升级

13.1 乙方提供的软件版本为签约时的最新正式版本。免费维护期内，乙方提供标准产品的补丁和小版本升级；大版本升级另行收费。

13.2 甲方自行调整服务器、数据库或ERP系统导致接口失效的，乙方可协助恢复，按人天单价收取费用。

13.3 甲方应每日对系统数据进行备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十四条 培训""").replace("## 第十四条 不可抗力", "## 第十五条 不可抗力").replace("14.1 因不可抗力", "15.1 因不可抗力").replace("## 第十五条 法律适用", "## 第十六条 法律适用").replace("15.1 本合同适用", "16.1 本合同适用").replace("## 第十六条 其他", "## 第十七条 其他").replace("16.1 本合同自双方", "17.1 本合同自双方").replace("16.2 本合同附件", "17.2 本合同附件").replace("13.1 乙方为甲方提供管理员培训", "14.1 乙方为甲方提供管理员培训").replace("13.2 超出上述次数", "14.2 超出上述次数")

E01 = """T:SOFTWARE LICENCE AGREEMENT - PETALCUT DESIGNER AND CUTTER DRIVER
P:Agreement No. PPS-CN-2025-044
P:This Software Licence Agreement is made between Nanjing Rongyun Velvet Flower Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qinhuai District, Nanjing (the "Buyer"), and Polyaigos Pattern Systems S.A., a company incorporated in Greece with its registered seat on Nisida Polyaigos, Cyclades, Greece (the "Vendor").
P:Background. The Buyer produces traditional Nanjing velvet flowers (ronghua) and teaches the craft to apprentices. It wishes to digitise its petal and leaf patterns and to drive its desktop cutting machines from a single design tool. The Vendor develops the PetalCut software for precision cutting of silk, velvet and paper petals. At the Buyer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means PetalCut Designer and PetalCut Cutter Driver in object code, with the documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Templates" means the petal, leaf and stem templates, cutting paths and colour libraries the Vendor prepares specifically for the Buyer from the Buyer's own patterns under Article 3.
P:1.3 "Acceptance" means the written confirmation described in Article 5.
P:1.4 "Contract Price" means the total price in Article 4.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six design workstations and four cutter control computers at the Buyer's premises in Nanjing, for the Buyer's own business, including teaching its apprentices and students.
P:2.2 The Buyer may make one backup copy of the Software and may move a licence from one computer to another by notice to the Vendor.
P:2.3 The Buyer shall not decompile or reverse engineer the Software except to the extent permitted by law.
H:Article 3 Services
P:3.1 The Vendor shall digitise up to 180 of the Buyer's existing paper petal patterns, convert them into Custom Templates, and calibrate the cutting paths for the Buyer's velvet, silk and cotton-paper stocks.
P:3.2 The Vendor shall install the Software remotely, configure the Cutter Driver for the Buyer's four cutting machines, and give two days of online training to the Buyer's designers and technicians, with a Chinese interpreter provided by the Vendor.
P:3.3 The services shall be completed within 75 days after signature of this Agreement.
H:Article 4 Price
P:4.1 The Contract Price is CNY 364,000, fixed, including all taxes and the Vendor's travel and interpreter costs. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PetalCut Designer perpetual licence|6|38,500|231,000
TB:PetalCut Cutter Driver perpetual licence|4|12,600|50,400
TB:Licence subtotal|||281,400
TB:Custom Templates (pattern digitisation and calibration)|1|64,000|64,000
TB:Remote installation and training|1|18,600|18,600
TB:Contract Price|||364,000
H:Article 5 Delivery and Acceptance
P:5.1 On completion of installation the Vendor shall issue an installation notice. Installation, and use of the Software by the Buyer, do not constitute Acceptance.
P:5.2 Acceptance tests shall be carried out at the Buyer's studio within 20 days after the installation notice. The tests are passed when: (a) all 180 Custom Templates open in PetalCut Designer without error; (b) a test batch of 200 petals cut from the Custom Templates on each of the four machines stays within a tolerance of 0.2 mm from the template outline; (c) the Cutter Driver runs a full working day on each machine without a crash; and (d) the documentation and training have been delivered.
P:5.3 If any test fails, the Vendor shall correct the defect and repeat the failed tests within 10 days at its own cost. When all tests are passed the Buyer shall sign an acceptance certificate, which is Acceptance.
H:Article 6 Payment
P:6.1 20% of the Contract Price (CNY 72,800) is payable within 15 days after signature of this Agreement against the Vendor's invoice.
P:6.2 45% of the Contract Price (CNY 163,800) is payable within 15 days after the installation notice.
P:6.3 The remaining 35% of the Contract Price (CNY 127,400) is payable within 20 days after Acceptance.
P:6.4 Payments are made by bank transfer in CNY to the Vendor's account stated on its invoice. Bank charges outside China are for the Vendor.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Custom Templates will cut within the tolerance in Article 5.2 for a warranty period of eighteen months from Acceptance.
P:7.2 During the warranty period the Vendor shall correct defects free of charge and supply updates and new versions of the Software without charge.
P:7.3 Support requests may be sent by e-mail or through the Vendor's support portal. The Vendor will use commercially reasonable efforts to answer support requests and to correct reported defects within a reasonable time.
H:Article 8 Maintenance after Warranty
P:8.1 After the warranty period the Buyer may order annual maintenance, covering defect correction, updates and new versions, at a fee of 11% of the Licence subtotal per year, that is CNY 30,954 per year.
P:8.2 This fee is fixed for the first three years of maintenance after the warranty period. Any later change requires the written agreement of both parties. Maintenance is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor.
P:9.2 The Custom Templates, cutting paths and colour libraries prepared for the Buyer, and the Buyer's original patterns, belong to the Buyer. The Buyer may use, modify, copy and license them freely, including to its students, and the Vendor shall not use them for any other customer.
P:9.3 The Vendor warrants that the Software does not infringe third-party rights and shall defend and indemnify the Buyer against any claim that it does.
H:Article 10 Buyer Data and Security
P:10.1 The Buyer's patterns, designs, production records and student information are Buyer Data. Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 Remote access by the Vendor to the Buyer's computers is allowed only for a session the Buyer has approved, through a remote-access tool chosen by the Buyer, with a named engineer. The Vendor shall not download Buyer Data to its own systems except for a specific defect investigation approved in writing by the Buyer, and shall delete such data when the investigation is closed.
P:10.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to or loss of Buyer Data in its hands and shall be responsible for the loss and costs caused by any breach of this Article by the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's patterns and techniques and the Vendor's pricing, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:12.2 The Vendor's total liability under this Agreement is limited to one and a half times the Contract Price. This limit does not apply to infringement claims under Article 9.3, breach of Article 10, or wilful misconduct.
P:12.3 The Vendor shall not be liable for delay in completing the services under Article 3.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any subcontractor the Buyer approves.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:14.2 If the Buyer terminates under Article 14.1 before Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall uninstall the Software.
P:14.3 The licence granted in Article 2 survives any termination after Acceptance unless the Buyer has failed to pay the Contract Price.
H:Article 15 Governing Law and Disputes
P:15.1 At the Buyer's request this Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules then in force. The arbitration shall be conducted in Chinese and English.
H:Article 16 General
P:16.1 This Agreement is the entire agreement of the parties about its subject matter and may be changed only in writing signed by both parties.
P:16.2 Notices shall be sent by e-mail with a copy by courier to the addresses stated on the signature page.
P:16.3 This Agreement is made in English and Chinese; both versions have equal force.
P:For the Buyer: Nanjing Rongyun Velvet Flower Studio Co., Ltd.    Name: __________  Title: __________
P:For the Vendor: Polyaigos Pattern Systems S.A.    Name: __________  Title: __________
"""

E01 = E01.replace("H:Article 16 General", """H:Article 16 Force Majeure
P:16.1 Neither party is in breach for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. If such an event lasts more than 60 days either party may end the unperformed part of this Agreement by notice.
H:Article 17 General""").replace("P:16.1 This Agreement is the entire", "P:17.1 This Agreement is the entire").replace("P:16.2 Notices", "P:17.2 Notices").replace("P:16.3 This Agreement is made", "P:17.3 This Agreement is made")

E02 = """# ORDER FORM AND GENERAL TERMS - ROPEWAY TICKETING CLOUD

Order Form No. ST-HR-2025-007

## PART A - ORDER FORM

**Customer:** Huayin Huashan Ropeway Co., Ltd., a company incorporated in the People's Republic of China, registered in Huayin City, Shaanxi Province ("Customer").

**Vendor:** Someri Ticketing OU, a private limited company registered in Estonia, with its registered office on the island of Someri, Estonia ("Vendor").

**Service:** RopeTix cloud ticketing service for the Customer's two ropeways (the West Peak and the North Peak lines), including online sales, QR-code boarding, time-slot management, group bookings, turnstile integration and management reporting.

### A1. Subscription

A1.1 The Subscription Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date, and each following Subscription Year starts on the anniversary of the Go-Live Date.

A1.2 The Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A2. Fees

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| RopeTix subscription, two ropeways, unlimited tickets | per Subscription Year | 268,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years | 804,000 |
| Set-up and integration (turnstiles, payment gateway, scenic-area pass system) | one-time | 76,000 |
| Total fees under this Order Form | | 880,000 |

SMS messages sent to visitors beyond 200,000 per Subscription Year are charged at CNY 0.05 each; such usage charges are not part of the total fees.

### A3. Invoicing and Payment

A3.1 On signature of this Order Form the Vendor shall invoice the subscription fee for the first Subscription Year together with the set-up and integration fee, a total of CNY 344,000. This invoice is payable within 10 days after signature, before the set-up work begins.

A3.2 The subscription fee for each later Subscription Year is invoiced 30 days before that Subscription Year starts and is payable on its first day.

A3.3 All invoices are payable by bank transfer to the Vendor's account in CNY. The Vendor shall issue the invoices and tax documents needed by the Customer in China through its appointed local agent.

### A4. Go-Live

A4.1 The Vendor shall complete set-up and integration so that the Service can pass Go-Live Acceptance within 60 days after receipt of the payment in A3.1.

A4.2 Go-Live Acceptance tests, run jointly at the ropeway stations, are: (a) 2,000 test tickets sold online and at the counters and boarded through every turnstile without error; (b) payment reconciliation between RopeTix and the payment gateway with no differences over three consecutive days; (c) QR-code validation at the turnstiles in less than 1 second; (d) 5,000 concurrent online buyers in a load test with page responses under 3 seconds; and (e) reports agreed in the set-up plan. When the tests are passed, the Customer signs a Go-Live Acceptance certificate, and the date of that certificate is the Go-Live Date. Sales to the public before the certificate do not constitute acceptance.

A4.3 If Go-Live Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer delay damages of CNY 700 for each day of delay.

### A5. Service Levels

A5.1 The Service shall be available 99.95% of the ropeway operating hours (06:30 to 19:30, China Standard Time) in each calendar month.

A5.2 Incident response:

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Ticket sales or boarding stopped at any station | 30 minutes | 2 hours |
| P2 | A function degraded, sales continue | 2 hours | 1 business day |
| P3 | Questions and minor issues | 1 business day | next release |

A5.3 Service credits: if availability in a month falls below the level in A5.1 the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. For each hour by which a P1 restoration exceeds 2 hours the Customer receives a further credit of CNY 2,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid out.

### A6. Signatures

For Customer: ____________________ Date: __________

For Vendor: ____________________ Date: __________

## PART B - GENERAL TERMS

### B1. Application

B1.1 These General Terms apply to the Order Form in Part A. If they conflict, the Order Form prevails.

### B2. Customer Data

B2.1 Customer Data means all data entered into or generated by the Service for the Customer, including visitor names, identity document numbers, phone numbers, ticket and boarding records and payment records. Customer Data belongs to the Customer.

B2.2 The Vendor processes Customer Data only on the Customer's instructions and only to provide the Service. It shall not sell, analyse for its own purposes, or disclose Customer Data.

### B3. Data Security

B3.1 The Service and all Customer Data are hosted in a data centre in mainland China operated by a hosting provider named in the Order Form annex. The Vendor shall maintain a security programme that includes encryption of personal information at rest and in transit, multi-factor authentication for administrative access, access logging, daily backups kept for 30 days, and annual penetration testing.

B3.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, and shall not transfer Customer Data outside mainland China.

B3.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall take immediate steps to contain it, and shall bear the costs of notification, remediation and any losses caused by incidents arising from its failure to comply with this clause.

### B4. Intellectual Property

B4.1 The RopeTix platform and its standard features remain the Vendor's property. The Customer receives a right to use them during the Subscription Term.

B4.2 Ticket layouts, turnstile integration adapters, report templates and configurations prepared specifically for the Customer belong to the Customer. The Customer may use, modify and license them freely, including to a future ticketing provider, and the Vendor shall deliver them in editable form on request.

### B5. Confidentiality

B5.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for the purposes of the Order Form. This clause survives termination for three years.

### B6. Subcontracting

B6.1 The hosting provider named in the Order Form annex is approved on signature. Any other subcontractor requires the Customer's prior written consent. The Vendor remains responsible for its subcontractors.

### B7. Liability

B7.1 Neither party is liable for indirect or consequential loss.

B7.2 The Vendor's aggregate liability arising out of or in connection with the Order Form and these General Terms is limited to CNY 220,000. This limit does not apply to death or personal injury caused by negligence or to fraud.

### B8. Termination

B8.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

B8.2 On termination by the Customer under B8.1, the Vendor shall refund any prepaid fees for the period after termination.

B8.3 For 60 days after termination or expiry the Vendor shall allow the Customer to export all Customer Data in CSV format and shall then delete it, confirming the deletion in writing.

### B9. Governing Law and Disputes

B9.1 The Order Form and these General Terms are governed by the laws of the Republic of Estonia.

B9.2 Any dispute shall be finally settled by arbitration at the Arbitration Court of the Estonian Chamber of Commerce and Industry, seated in Tallinn, in the English language.

### B10. General

B10.1 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

B10.2 Notices must be in writing and sent by e-mail to the contacts in the Order Form.

B10.3 Neither party is liable for failure caused by force majeure events, provided the affected party gives prompt notice and uses reasonable efforts to resume performance.
"""

E02 = E02.replace("Someri Ticketing OU", "Sõmeri Ticketing OÜ").replace("island of Someri", "island of Sõmeri").replace("### B10. General", """### B10. Customer Responsibilities

B10.1 The Customer shall provide the turnstile interface specifications, access to its payment-gateway merchant account for integration testing, and a project contact who can take decisions during set-up.

B10.2 The Customer is responsible for the accuracy of the prices, time slots and quotas it configures in the Service and for the conduct of its own users. The Customer shall keep user credentials secure and remove access for staff who leave.

### B11. Changes to the Service

B11.1 The Vendor may improve the Service from time to time. It shall not remove a feature the Customer uses or reduce the security measures in B3 during the Subscription Term. Planned maintenance shall take place outside ropeway operating hours and be announced at least 3 days in advance.

B11.2 The Vendor shall keep the turnstile integration working after any change it makes to the Service, at its own cost, and shall test the change in a staging environment with the Customer's test data before release.

B11.3 Peak days, including national holidays and the days the Customer announces as peak days at least 14 days in advance, shall be free of planned maintenance and releases.

### B12. General""").replace("B10.1 Neither party may assign", "B12.1 Neither party may assign").replace("B10.2 Notices must", "B12.2 Notices must").replace("B10.3 Neither party is liable", "B12.3 Neither party is liable")

E03 = """T:Purchase Contract for an Orchard Frost Monitoring System
P:Contract No. QL-KB-2025-FR03
P:Buyer: Sichuan Qinglan Kiwi Berry Farm Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in Cangxi County, Guangyuan, Sichuan Province (the "Buyer").
P:Supplier: Livø Agritech ApS, a company incorporated in Denmark, with its registered office on the island of Livø, Denmark (the "Supplier").
P:The Buyer grows hardy kiwi berries (Actinidia arguta) on about 420 mu of hillside orchards, where late spring frosts damage the flower buds. The Buyer wishes to buy a frost monitoring and alert system that warns its field staff in time to start the frost-protection fans and sprinklers. The Supplier has offered such a system. The parties agree as follows, on the Buyer's standard purchase terms. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 180 wireless frost sensor nodes (leaf-wetness, air temperature at bud height and soil temperature), 6 LoRaWAN gateways, 3 automatic weather stations, and a perpetual licence to the FrostWatch monitoring platform installed on a server in the Buyer's farm office.
P:1.2 The Supplier shall develop custom alert rules for each orchard block, integrate FrostWatch with the Buyer's irrigation and fan controllers so that protection can be started from the platform, and train the Buyer's staff.
P:1.3 Installation shall be completed before the first day of the frost season designated by the Buyer in writing, and in any case within 90 days after signature.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,010,000, fixed, including delivery to the farm, import duties, taxes, installation, commissioning, training and all services during the warranty period. The breakdown is:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Frost sensor nodes|180|423,000
TB:2|LoRaWAN gateways|6|111,000
TB:3|Automatic weather stations|3|138,000
TB:4|FrostWatch platform perpetual licence|1|156,000
TB:|Hardware and Licence Subtotal||828,000
TB:5|Installation and commissioning|1|94,000
TB:6|Custom alert rules and controller integration|1|72,000
TB:7|Training|1|16,000
TB:|Contract Price||1,010,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 202,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in China.
P:3.2 45% of the Contract Price (CNY 454,500) within 20 days after the Buyer signs the installation certificate. The installation certificate confirms that the equipment is installed and is not acceptance.
P:3.3 35% of the Contract Price (CNY 353,500) within 20 days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the Buyer's farm office, unpack and check it with the Buyer's staff, and install the nodes at the positions agreed in the site survey, at two heights in each block.
P:4.2 The Supplier shall protect the vines during installation and shall repair any damage it causes to trellises, irrigation lines or plants.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) at least 98% of the nodes report every 5 minutes over a test period of 21 consecutive days; (b) node temperature readings differ by no more than 0.3 degrees Celsius from a calibrated reference thermometer at 20 test points; (c) a simulated frost event triggers alerts by SMS, app and alarm horn within 60 seconds and starts the fans and sprinklers of the selected block; (d) the weather stations and platform reports match the agreed specification; and (e) the documentation and training are complete.
P:5.2 The Buyer shall issue a Final Acceptance certificate when all criteria are met. Installation, commissioning or use of the system during the frost season does not constitute Final Acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including batteries that fail early, and shall supply software corrections and updates.
P:6.2 Replacement nodes and spare parts shall be kept in stock in China so that a defective node can be replaced within 3 days.
H:Section 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support at 9% of the Hardware and Licence Subtotal per year (CNY 74,520). The fee is fixed for the first three years after the warranty period; any later change requires written agreement. Support is ordered year by year by purchase order and does not renew automatically.
H:Section 8 Service Levels
P:8.1 Incidents are classified as follows:
TB:Level|Definition|Response|Restoration
TB:P1|Alerts or remote fan and sprinkler start-up fail for any block, or the platform is down|1 hour|6 hours in frost season, 24 hours otherwise
TB:P2|Several nodes or one gateway not reporting, alerts still working|3 hours|2 days
TB:P3|Reports, display or questions|1 business day|next update
P:8.2 Response means that an engineer has contacted the Buyer's duty manager and started diagnosis, remotely or on site.
P:8.3 If the Supplier misses a response or restoration time, it shall pay CNY 800 for each hour of delay, deducted from the next payment or claimed against the performance guarantee.
H:Section 9 Delay
P:9.1 If the Supplier does not complete installation by the date in Section 1.3 or reach Final Acceptance within 45 days after installation for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may terminate the Contract if the maximum is reached.
H:Section 10 Data and Security
P:10.1 All data collected by the system, including sensor readings, weather data, alert logs, field maps and operating records, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:10.2 The platform shall run on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session, through a VPN with two-factor authentication, and all sessions shall be logged. The Supplier shall not copy Buyer data out of the farm's systems.
P:10.3 The Supplier shall report any security incident to the Buyer within 12 hours and shall be liable for losses caused by a breach of this Section by the Supplier or its personnel.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and business information, including the Buyer's orchard layout and yield records, and shall not disclose it to third parties without prior written consent.
H:Section 12 Intellectual Property
P:12.1 The custom alert rules, controller integration scripts, block maps and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The FrostWatch software and the sensor firmware remain the Supplier's property, licensed to the Buyer perpetually.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11, which are not limited.
H:Section 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, and may claim the return of amounts paid and compensation for its losses.
H:Section 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:Section 17 General
P:17.1 The Annexes (technical specification, site survey and block map, acceptance test plan) form part of this Contract.
P:17.2 This Contract is made in Chinese and English; in case of conflict the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E03 = E03.replace("H:Section 5 Acceptance", """P:4.3 The Supplier is responsible for export and import formalities, customs clearance and the China radio type approval of the gateways and nodes, and shall give the Buyer copies of the certificates before installation.
P:4.4 Batteries shall have a rated life of at least three frost seasons at the agreed reporting interval. The Supplier shall mark every node with its block and position number and deliver an asset list with serial numbers.
H:Section 5 Acceptance""").replace("H:Section 17 General", """H:Section 17 Training and Documentation
P:17.1 The Supplier shall train up to 12 of the Buyer's field staff and two administrators at the farm, in Chinese, covering daily operation, alarm handling, battery replacement, node relocation and the monthly calibration check. Training materials become the Buyer's property.
P:17.2 The Supplier shall deliver operation and maintenance manuals in Chinese, the as-built block map with node positions, network settings and the controller integration description.
H:Section 18 Force Majeure
P:18.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Frost, hail or heavy rain that can reasonably be expected in the orchard area is not force majeure for the purposes of this Contract.
H:Section 19 General""").replace("P:17.1 The Annexes", "P:19.1 The Annexes").replace("P:17.2 This Contract is made", "P:19.2 This Contract is made")

E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

Agreement No. SNW-YJ-2025-11

This Agreement is made between:

1. **Yangjiang Hengfeng Cutlery Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yangdong District, Yangjiang, Guangdong Province (the "Customer"); and
2. **Sklinna Netwatch AS**, a company incorporated in Norway, with its registered office on Sklinna, Leka municipality, Norway (the "Provider").

The Customer makes kitchen knives and scissors in two factories and a distribution warehouse in Yangjiang, connected by a private network that also carries its forging-line controls and warehouse scanners. The Provider operates a network operations centre that monitors customer networks around the clock. At the Customer's request all charges under this Agreement are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 **Services** means the managed network monitoring services described in clause 2 and Schedule 1.

1.2 **Monitored Devices** means the routers, switches, firewalls, wireless controllers and access points listed in Schedule 1, as updated by agreement.

1.3 **Service Commencement Date** means the date on which the Customer signs the Service Acceptance certificate under clause 4.

1.4 **Term** means 36 months from the Service Commencement Date.

## 2. The Services

2.1 The Provider shall monitor the availability, performance and configuration of the Monitored Devices 24 hours a day, every day of the year, through a monitoring collector installed at the Customer's main factory.

2.2 The Provider shall detect, classify and respond to incidents according to Schedule 2, carry out first-line remote troubleshooting, coordinate the Customer's telecom carriers and hardware vendors, and keep the Customer's duty staff informed until each incident is closed.

2.3 The Provider shall deliver a monthly service report covering incidents, availability, capacity trends, configuration changes and recommendations, and shall hold a quarterly service review with the Customer's IT manager.

2.4 The Provider shall back up the configuration of every Monitored Device daily and keep the last 90 versions.

## 3. Onboarding

3.1 Within 45 days after signature the Provider shall complete onboarding: discovery of the Monitored Devices, installation of the collector, baseline thresholds, alert routing to the Customer's duty phone and messaging group, and the incident runbooks agreed with the Customer.

3.2 If the Service Commencement Date is delayed beyond that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

## 4. Service Acceptance

4.1 Service Acceptance requires that: (a) all Monitored Devices in Schedule 1 are discovered and polled at one-minute intervals; (b) ten simulated incidents agreed with the Customer, including a forging-line switch failure and a carrier link outage, are detected and notified within the times in Schedule 2; (c) configuration backups are restored successfully on two test devices; and (d) the monitoring portal and the first runbooks are delivered.

4.2 When these criteria are met the Customer signs a Service Acceptance certificate. Monitoring that runs before the certificate is signed does not constitute acceptance and is not charged.

## 5. Service Levels and Credits

5.1 The monitoring platform and portal shall be available 99.95% of each calendar month.

5.2 The Provider shall meet the response and restoration targets in Schedule 2.

5.3 If a target is missed, the Provider shall grant the service credits in Schedule 2. Credits are deducted from the next invoice. Credits do not limit the Customer's other rights for repeated or serious failures.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

6.2 The Provider shall invoice the Monthly Service Charge monthly in arrears. The onboarding charge is invoiced after Service Acceptance. No charge is payable in advance.

6.3 Invoices are payable within 30 days after receipt of a correct invoice and of the Chinese tax documents that the Provider shall arrange through its local agent.

## 7. Customer Data and Security

7.1 Configuration files, logs, performance data, network diagrams and all other data the Provider obtains from the Customer's network are Customer Data. Customer Data belongs to the Customer and may be used by the Provider only to provide the Services.

7.2 The collector shall send data only to the Provider's monitoring platform hosted in mainland China. Provider staff access the collector and Monitored Devices with named accounts, multi-factor authentication and read-only rights unless the Customer approves a change. All access is logged and the logs are available to the Customer.

7.3 The Provider shall notify the Customer within 6 hours of becoming aware of any security incident affecting Customer Data or the Monitored Devices, shall contain and remedy it, and shall be responsible for the losses caused by any breach of this clause by the Provider or its subcontractors.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including network designs, passwords, production volumes and pricing, and shall not disclose it without prior written consent except to its professional advisers.

## 9. Intellectual Property

9.1 The monitoring platform and the Provider's standard tools remain the Provider's property.

9.2 Runbooks, custom dashboards, device templates and thresholds prepared for the Customer belong to the Customer, which may use, modify and pass them to any successor provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Term set out in Schedule 3, except for breach of clause 7, wilful misconduct or gross negligence.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 12. Term and Termination

12.1 This Agreement ends at the end of the Term. Any extension requires a written agreement signed by both parties.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if P1 restoration targets are missed three times in any quarter.

12.3 On expiry or termination the Provider shall hand over all Customer Data, runbooks and configuration backups and then delete its copies within 30 days.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Norway.

13.2 Any dispute shall be resolved by arbitration under the rules of the Arbitration and Dispute Resolution Institute of the Oslo Chamber of Commerce, seated in Oslo, in English.

## 14. General

14.1 This Agreement, with its Schedules, is the whole agreement of the parties on its subject matter and may be amended only in writing.

14.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 - Monitored Devices

Two core switches, 46 access switches, 4 firewalls, 3 routers, 2 wireless controllers and 118 access points across Factory 1 (forging and grinding), Factory 2 (assembly and packing) and the distribution warehouse, as listed in the inventory attached at signature.

## Schedule 2 - Priorities, Targets and Credits

| Priority | Example | Response | Restoration | Credit per missed target |
|---|---|---|---|---|
| P1 | A factory or the warehouse loses its network, or a forging-line control network is down | 15 minutes | 3 hours | CNY 3,000, plus CNY 1,000 per further hour |
| P2 | A switch, firewall or link degraded without site outage | 30 minutes | 8 hours | CNY 1,000 |
| P3 | Single access point or non-urgent request | 4 business days is not acceptable; 1 business day | 3 business days | CNY 200 |

Availability credit: 5% of the Monthly Service Charge for each started 0.05 percentage point below the level in clause 5.1, up to half of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time, after Service Acceptance | 48,000 |
| Monthly Service Charge | per month, 36 months | 31,500 |
| Monthly Service Charges for the Term | 36 x 31,500 | 1,134,000 |
| Total charges for the Term | | 1,182,000 |
"""

E03 = E03.replace("H:Section 9 Delay", """P:8.4 During the frost season, from the date designated by the Buyer until the end of flowering, the Supplier shall keep an engineer on call who can reach the farm within 6 hours.
H:Section 9 Delay""").replace("H:Section 13 Liability", """P:12.2 The Supplier shall deliver the integration scripts and configuration files in editable form with the documentation needed for another contractor to maintain them.
H:Section 13 Liability""")

E04 = E04.replace("| 4 business days is not acceptable; 1 business day |", "| 1 business day |").replace("each started 0.05 percentage point", "each started 0.1 percentage point").replace("## 8. Confidentiality", """## 8. Customer Responsibilities and Changes

8.1 The Customer shall give the Provider read access to the Monitored Devices, provide rack space and power for the collector, name a duty contact for every shift, and tell the Provider in advance of planned works on its network.

8.2 The Customer may add or remove Monitored Devices. Additions of up to ten per cent of the device count in Schedule 1 are included in the Monthly Service Charge; larger changes are priced by agreement using the unit rates in the Provider's proposal, which are fixed for the Term.

8.3 The Provider shall not make configuration changes to any Monitored Device without the Customer's approval, except emergency actions described in an agreed runbook, which shall be reported to the Customer immediately.

8.4 The Provider shall give the Customer at least 30 days' notice of any change to the monitoring platform that affects the portal, the reports or the alert channels, and shall not reduce the scope of the Services during the Term.

## 9. Confidentiality""").replace("8.1 Each party shall keep confidential the other party's non-public information, including network designs", "9.1 Each party shall keep confidential the other party's non-public information, including network designs")
import re as _re
def _renum(t, start):
    # renumber "## N." headings and "N.x" clause numbers from clause `start` on by +1
    out=[]; cur=None
    for line in t.splitlines():
        m=_re.match(r"## (\d+)\. ", line)
        if m and int(m.group(1))>=start and "Customer Responsibilities" not in line and "Confidentiality" not in line:
            n=int(m.group(1))+1; line=_re.sub(r"^## \d+\.", "## %d." % n, line); cur=n
        elif m: cur=None
        if cur:
            line=_re.sub(r"^%d\.(\d+)" % (cur-1), lambda mm: "%d.%s" % (cur, mm.group(1)), line)
        out.append(line)
    return "\n".join(out)+"\n"
E04 = _renum(E04, 9)
E04 = E04.replace("limited to 150% of the total charges for the Term set out in Schedule 3, except for breach of clause 7", "limited to 150% of the total charges for the Term set out in Schedule 3, except for breach of clause 7")

E04 = E04.replace("15.2 Neither party may assign this Agreement without the other party's written consent.", "15.2 Neither party may assign this Agreement without the other party's written consent.\\n\\n15.3 Notices shall be given in writing by e-mail to the contacts named at signature, with a copy by courier for any notice of breach or termination. Each party shall keep its contact details up to date.\\n\\n15.4 This Agreement is made in English. A Chinese translation may be prepared for the Customer's internal use; the English text prevails.".replace("\\\\n","\\n"))

E05 = """API SUBSCRIPTION AGREEMENT
CUSTOMS DECLARATION STATUS SERVICE

Agreement No. VCD-SH-2025-021

PARTIES

Customer: Shanghai Haiyue Cross-Border E-Commerce Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the China (Shanghai) Pilot Free Trade Zone ("Customer").

Vendor: Vis Customs Data d.o.o., a company incorporated in Croatia, with its registered office in the town of Vis on Otok Vis, Croatia ("Vendor").

BACKGROUND

(A) The Customer sells imported goods to consumers in China through cross-border e-commerce platforms and files a large number of customs declarations for bonded and direct-mail parcels every day.

(B) The Vendor operates an application programming interface that collects and normalises the status of customs declarations, inspection holds, tax payments and release notices, and returns them to subscribers in a single format.

(C) The Customer wishes to subscribe to that interface to feed its order management system and its customer-service tools. At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Vendor's customs declaration status interface, its documentation and its test environment.

1.2 "Subscription Year" means each period of twelve calendar months... 

1.3 "Integration Acceptance" means the confirmation described in clause 4.

1.4 "Customer Data" means order numbers, declaration numbers, consignee names, identity and contact details, goods descriptions and all other data the Customer sends to the API or that the API returns for the Customer.

2. SERVICE

2.1 The Vendor shall provide the Customer with access to the API for the Subscription Term, with a quota of 3,000,000 status queries and unlimited status push notifications per Subscription Year.

2.2 The Vendor shall provide onboarding support: a named integration engineer, mapping of the Customer's order and declaration identifiers, a test environment with sample data, and two joint test sessions.

2.3 The Subscription Term is two Subscription Years, starting on the date of Integration Acceptance.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule.

3.2 The subscription fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. The onboarding fee is invoiced after Integration Acceptance. No fee is payable before Integration Acceptance.

3.3 Queries above the annual quota are charged at the overage rate in the Schedule and invoiced quarterly in arrears. Overage charges are usage charges and not part of the fixed fees.

3.4 Invoices are payable within 30 days by bank transfer in CNY.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 The Vendor shall make the API ready for Integration Acceptance within 40 days after signature.

4.2 Integration Acceptance requires that: (a) 5,000 test declarations across bonded and direct-mail channels return the correct status, compared with the Customer's records from the single window; (b) status push notifications reach the Customer's endpoint within 60 seconds of the change at customs in at least 99% of test cases; (c) the API sustains 200 queries per second for one hour with a median response time under 300 milliseconds; and (d) the error codes and documentation are complete. The Customer signs an Integration Acceptance certificate when the criteria are met. Use of the API in production before the certificate does not constitute acceptance.

4.3 If the API is not ready for Integration Acceptance within the period in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, measured by the Vendor's monitoring and checked against the Customer's logs.

5.2 Priority 1 incidents (the API unavailable or returning wrong statuses for more than 1% of queries) shall be responded to within 30 minutes and restored within 3 hours. Priority 2 incidents (degraded performance or delayed notifications) shall be responded to within 2 hours and restored within 1 business day.

5.3 Service credits: 5% of the quarterly subscription instalment for each started 0.1 percentage point of monthly availability below the level in clause 5.1, and CNY 1,000 for each hour by which a Priority 1 restoration exceeds 3 hours, up to half of the quarterly instalment. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API to the Customer and shall not sell it, use it for other customers or combine it with other data for its own purposes.

6.2 On expiry of the Subscription Term the Vendor shall return Customer Data on request.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public business, commercial and technical information received from the other party under this Agreement, shall use it only for this Agreement and shall disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.

7.2 This clause does not apply to information that is public, was already known to the receiving party, or must be disclosed by law. It survives expiry for three years.

8. INTELLECTUAL PROPERTY

8.1 The API, its documentation and the Vendor's status normalisation rules remain the Vendor's property.

8.2 The identifier mappings, field transformations and integration code prepared for the Customer during onboarding belong to the Customer, which may use, modify and license them freely.

9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 The Vendor's total liability under this Agreement is limited to twice the fixed fees set out in the Schedule.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the service without the Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically.

11.2 Neither party may terminate this Agreement before the end of the Subscription Term, except where a force majeure event prevents performance for more than 90 consecutive days. The Customer's remedies for any breach by the Vendor, however serious, are the service credits in clause 5.3 and damages under clause 9; the Customer shall continue to pay the fees for the remainder of the Subscription Term.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

13. GENERAL

13.1 This Agreement, including the Schedule, is the entire agreement of the parties on its subject and may be changed only in writing.

13.2 Neither party may assign this Agreement without the other's written consent.

SCHEDULE - FEES

Subscription fee per Subscription Year: CNY 186,000 (quarterly instalments of CNY 46,500)
Subscription fees for the Subscription Term (2 Subscription Years): CNY 372,000
Onboarding fee (one-time, after Integration Acceptance): CNY 24,000
Total fixed fees: CNY 396,000
Overage: CNY 45 per 1,000 queries above the annual quota (usage-based, not included above)

SIGNATURES

For the Customer: ____________________ Name and title: ____________________ Date: __________

For the Vendor: ____________________ Name and title: ____________________ Date: __________
"""
E05 = E05.replace('1.2 "Subscription Year" means each period of twelve calendar months... ', '1.2 "Subscription Year" means each consecutive yearly period of the Subscription Term, the first starting on the date of Integration Acceptance.')

E05 = E05.replace("""6. CUSTOMER DATA""", """5.4 The Vendor shall publish a status page showing current incidents and planned maintenance. Planned maintenance shall not exceed 4 windows a month, each announced 3 days in advance and held between 01:00 and 05:00 China Standard Time; it is excluded from the availability calculation.

6. API CHANGES AND SUPPORT

6.1 The Vendor may release new versions of the API. It shall keep each version it has released to the Customer in operation for at least nine months after announcing a successor version, and shall give the Customer written notice of any change that removes a field, changes a status code or alters the meaning of a status.

6.2 When the customs authorities change their declaration formats or status codes, the Vendor shall update the API so that the Customer receives normalised statuses without changing its integration, and shall inform the Customer of the change in advance where the authorities publish it in advance.

6.3 Support is provided by e-mail, telephone and a ticket portal in Chinese and English, every day from 08:00 to 22:00 China Standard Time, and around the clock for Priority 1 incidents.

7. CUSTOMER OBLIGATIONS

7.1 The Customer shall keep its API keys private, restrict their use to its own systems, and rotate them when the staff who hold them leave.

7.2 The Customer is responsible for the accuracy of the declaration numbers and order identifiers it sends, and for obtaining any consent of consignees needed for the Customer's own use of the returned statuses.

7.3 The Customer shall not resell the API or make it available to third parties other than its logistics providers acting for it.

8. CUSTOMER DATA""").replace("6.1 Customer Data belongs", "8.1 Customer Data belongs").replace("6.2 On expiry of the Subscription", "8.2 On expiry of the Subscription").replace("\n7. CONFIDENTIALITY\n\n7.1", "\n9. CONFIDENTIALITY\n\n9.1").replace("7.2 This clause does not apply", "9.2 This clause does not apply").replace("\n8. INTELLECTUAL PROPERTY\n\n8.1", "\n10. INTELLECTUAL PROPERTY\n\n10.1").replace("8.2 The identifier mappings", "10.2 The identifier mappings").replace("\n9. LIABILITY\n\n9.1", "\n11. LIABILITY\n\n11.1").replace("9.2 The Vendor's total liability", "11.2 The Vendor's total liability").replace("\n10. SUBCONTRACTING\n\n10.1", "\n12. SUBCONTRACTING\n\n12.1").replace("\n11. TERM AND TERMINATION\n\n11.1", "\n13. TERM AND TERMINATION\n\n13.1").replace("11.2 Neither party may terminate", "13.2 Neither party may terminate").replace("damages under clause 9;", "damages under clause 11;").replace("\n12. GOVERNING LAW AND DISPUTES\n\n12.1", "\n14. GOVERNING LAW AND DISPUTES\n\n14.1").replace("12.2 Any dispute", "14.2 Any dispute").replace("\n13. GENERAL\n\n13.1", "\n15. FORCE MAJEURE\n\n15.1 Neither party is liable for a failure caused by an event beyond its reasonable control, including natural disaster, epidemic, war, government action and a general outage of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Changes in customs procedures announced in advance are not force majeure.\n\n16. NOTICES\n\n16.1 Notices shall be in writing and sent by e-mail to the addresses stated on the signature page, with a copy by courier for any notice of breach. A notice sent by e-mail is received on the next business day in the recipient's country.\n\n17. GENERAL\n\n17.1").replace("13.2 Neither party may assign", "17.2 Neither party may assign")

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms in TERM_KEYS order, extra, fee base, annual post-warranty fee, risk)
C = {
 "h323z01": ("h323z01_city_bus_dispatch_platform.pdf", "zh", "software",
             [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=2990000), 2272000, 181760, "low"),
 "h323z02": ("h323z02_pv_glass_coating_line_control_retrofit.docx", "zh", "hardware",
             [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 25, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=3220000), 2760000, 690000, "high"),
 "h323z03": ("h323z03_floral_school_chain_saas.txt", "zh", "cloud",
             [99.5, 0.5, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, deemed=False, value=662800), None, None, "medium"),
 "h323z04": ("h323z04_hr_market_recruitment_system_om.txt", "zh", "services",
             [99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, True, "PRC", S],
             dict(sla_clause=True, ld_stated=True, deemed=False, value=486000), None, None, "medium"),
 "h323z05": ("h323z05_duck_blood_noodle_qms_supplier_template.md", "zh", "software",
             [None, 12, False, "supplier", True, False, True, 0.02, 20, 591500 / 910000 * 100, False, False, 6, None, False,
              True, True, "PRC", G],
             dict(sla_clause=True, ld_stated=True, capped=False, deemed=True, value=910000), 420000, None, "high"),
 "h323e01": ("h323e01_velvet_flower_petal_cutting_licences_greek_vendor.pdf", "en", "software",
             [None, None, False, "buyer", True, True, True, None, 150, 72800 / 364000 * 100, True, True, 18, 11, False, True,
              False, "PRC", G],
             dict(sla_clause=False, ld_stated=False, capped=True, deemed=False, value=364000), 281400, 30954, "high"),
 "h323e02": ("h323e02_cable_car_ticketing_saas_order_form_estonian_vendor.md", "en", "cloud",
             [99.95, 0.5, True, "buyer", True, True, True, 700 / 880000 * 100, 220000 / 880000 * 100, 344000 / 880000 * 100,
              True, None, None, None, False, True, False, "Estonia", S],
             dict(sla_clause=True, ld_stated=True, deemed=False, value=880000), None, None, "medium"),
 "h323e03": ("h323e03_kiwi_berry_frost_sensors_danish_integrator.docx", "en", "hardware",
             [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 9, False, True, False, "PRC", G],
             dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1010000), 828000, 74520, "low"),
 "h323e04": ("h323e04_knife_maker_managed_network_monitoring_norwegian_provider.md", "en", "services",
             [99.95, 0.25, True, "buyer", True, True, True, 900 / 1182000 * 100, 150, None, True, None, None, None, False, True,
              False, "Norway", S],
             dict(sla_clause=True, ld_stated=True, deemed=False, value=1182000), None, None, "low"),
 "h323e05": ("h323e05_customs_status_api_subscription_croatian_vendor.txt", "en", "cloud",
             [99.95, 0.5, True, "buyer", False, True, True, 300 / 396000 * 100, 200, None, True, None, None, None, False, False,
              False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, deemed=False, value=396000), None, None, "high"),
}
EXPECTED = {
 "h323z01": [], "h323z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
 "h323z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
 "h323z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
 "h323z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
 "h323e01": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
 "h323e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
 "h323e03": [], "h323e04": ["CR-GOVERNING-LAW"], "h323e05": ["CR-DATA-SECURITY", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    _, _, _, t, x, base, fee, _ = C[key]
    if t[18] != G or fee is None:
        return None
    years = max(0.0, 5 - t[12] / 12)
    return years * fee / (x["value"] + years * fee) * 100


def rules(key):
    """policy.md section 3 applied to my labels (my reading, not the service's code)."""
    _, _, _, t, x, base, fee, _ = C[key]
    d = dict(zip(TERM_KEYS, t))
    goods = d["contract_kind"] == G
    r = []
    if not x["sla_clause"]: r.append("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9: r.append("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4: r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not d["sla_remedy"]: r.append("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer": r.append("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]: r.append("CR-DATA-SECURITY")
    if not d["buyer_owns_data"]: r.append("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]: r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]: r.append("CR-LD-MISSING")
    elif d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05: r.append("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100: r.append("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30: r.append("CR-PREPAYMENT")
    if not d["acceptance_clause"] or d["final_payment_on_acceptance"] is False: r.append("CR-ACCEPTANCE")
    if goods and (d["warranty_months"] is None or d["warranty_months"] < 12): r.append("CR-WARRANTY")
    if goods and (d["post_warranty_fee_pct"] is None or not x.get("capped") or d["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if d["auto_renewal_price_increase"]: r.append("CR-AUTO-RENEWAL")
    if not d["termination_for_breach"]: r.append("CR-TERMINATION")
    if d["subcontract_without_consent"]: r.append("CR-SUBCONTRACT")
    if d["governing_law"] not in (None, "PRC"): r.append("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > 40: r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rs):
    if any(x in HIGH for x in rs): return "high"
    if any(x not in LOW for x in rs): return "medium"
    return "low"


def label(key):
    f, lang, cat, t, x, _, _, _ = C[key]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t[18] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": f, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, t)),
            "expected_extra": extra, "expected_rules": EXPECTED[key]}


# ---------------------------------------------------------------- threshold scan
CN = "零〇一二三四五六七八九十两百千万"
NB = r"(?<![\d.])"
PATTERNS = [
    ("availability 99.9", NB + r"99\.9(?![\d])|百分之九十九点九(?![" + CN + "])"),
    ("P1 4 hours", NB + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|个?小时)|(?<![" + CN + r"])四个?小时|\bfour[\s-]+(?:business\s+|working\s+)?hours?\b|"
     + NB + r"240\s*(?:minutes?|分钟)|二百四十分钟"),
    ("LD 0.05 %", NB + r"0\.05\s*(?:%|％|per\s*cent|percent)|万分之五(?![" + CN + r"])|" + NB + r"0\.5\s*‰"),
    ("cap 100 %", NB + r"100\s*(?:%|％|per\s*cent|percent)|百分之(?:一)?百(?![" + CN + r"])|\bone\s+hundred\s+per\s*cent"),
    ("30 %", NB + r"30\s*(?:%|％|per\s*cent|percent)|百分之三十(?![" + CN + r"])|三成|\bthirty\s+per\s*cent"),
    ("12 months / one year", NB + r"12\s*(?:-\s*)?(?:months?|个月|月)|\btwelve[\s-]+months?\b|(?<![" + CN + r"])十二个月|\bone[\s-]+years?\b|"
     + NB + r"1\s*(?:-\s*)?years?\b|(?<![" + CN + r"])一年|" + NB + r"1\s*年"),
    ("15 %", NB + r"15\s*(?:%|％|per\s*cent|percent)|百分之十五(?![" + CN + r"])|\bfifteen\s+per\s*cent"),
    ("40 %", NB + r"40\s*(?:%|％|per\s*cent|percent)|百分之四十(?![" + CN + r"])|四成|\bforty\s+per\s*cent"),
    ("5 years / 60 months", NB + r"5\s*(?:-\s*)?(?:years?|年)(?!\d)|\bfive[\s-]+years?\b|(?<![" + CN + r"])五年|" + NB
     + r"60\s*(?:-\s*)?(?:months?|个月)|\bsixty[\s-]+months?\b|(?<![" + CN + r"])六十个月"),
]
PATTERNS = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时内", "4 hours", "four hours", "240 minutes", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12 months", "十二个月", "one year", "一年", "15%", "百分之十五", "40%",
            "百分之四十", "5 years", "五年", "60 months", "12个月", "five years", "1 year", "twelve months"]
MUST_NOT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "14 hours", "0.5%",
            "万分之五十", "1,000 %", "130%", "百分之三十五", "112 months", "二十五年", "15 years", "3.5 years", "99.5%",
            "240,000", "2,400 minutes", "300%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in PATTERNS:
            for m in rx.finditer(variant):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "should hit: " + s
    for s in MUST_NOT:
        assert not scan(s), ("should not hit", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def off_thresholds(key):
    t = dict(zip(TERM_KEYS, C[key][3]))
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    assert t["warranty_months"] != 60, key
    s = tco_share(key)
    assert s is None or abs(s - 40) > 0.5, (key, s)


SOURCES = {"h323z01": Z01, "h323z02": Z02, "h323e01": E01, "h323e03": E03}
PLAIN = {"h323z03": Z03, "h323z04": Z04, "h323z05": Z05, "h323e02": E02, "h323e04": E04, "h323e05": E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write(SOURCES, {k: (C[k][0], C[k][0].rsplit(".", 1)[1]) for k in SOURCES}, OUT, wrap_words=True)
    for k, text in PLAIN.items():
        (OUT / C[k][0]).write_text(text, encoding="utf-8")
        print("wrote", C[k][0])
    seen = set()
    ok = True
    for k in sorted(C):
        f, lang = C[k][0], C[k][1]
        text = read_back(OUT / f)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            print("LENGTH OUT OF RANGE", f, n); ok = False
        hits = scan(text)
        if hits:
            print("THRESHOLD FIGURE IN", f, hits[:6]); ok = False
        off_thresholds(k)
        r = rules(k)
        assert r == sorted(EXPECTED[k]), (k, r, EXPECTED[k])
        assert risk(r) == C[k][7], (k, risk(r), C[k][7])
        seen.update(r)
        (OUT / (f.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label(k), indent=1, ensure_ascii=False), encoding="utf-8")
        s = tco_share(k)
        print("%-70s %-4s %5d  risk=%-6s tco_share=%s  %s" % (f, lang, n, C[k][7], "-" if s is None else "%.2f" % s,
                                                            ", ".join(r) or "(none)"))
    missing = [x for x in ALL_RULES if x not in seen]
    assert not missing, missing
    counts = sorted(len(EXPECTED[k]) for k in C)
    assert counts[:2] == [0, 0] and counts[2] == 1 and counts[-1] >= 8 and all(2 <= c <= 3 for c in counts[3:-1]), counts
    assert ok, "length or threshold check failed"
    print("all 20 CR rules fire at least once; all checks passed")
