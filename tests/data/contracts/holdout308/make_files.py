"""holdout308: writes ten ORDINARY draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

H308Z01 = """T:重要产品追溯监管平台建设项目采购合同
P:合同编号：SWJ-ZFCG-2026-017
P:采购项目编号：HC2026-GK-0431（公开招标）
P:甲方（采购人）：临江市商务局
P:地址：临江市滨河东路88号市政务服务中心B座
P:乙方（供应商）：江川链证信息技术有限公司
P:地址：临江市高新区云谷路16号创业大厦七层
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临江市重要产品追溯监管平台建设项目订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致时以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设重要产品追溯监管平台，覆盖肉类、蔬菜、中药材、食用农产品及酒类等重要产品的生产、流通、消费各环节，实现来源可查、去向可追、责任可究。
P:1.2 建设内容包括：追溯平台软件许可及部署；企业追溯数据采集子系统、监管驾驶舱、预警处置子系统及移动监管端的定制开发；与省级追溯平台、市场监管局许可数据库及农业农村局产地准出系统的接口开发；系统部署、数据初始化及用户培训。详细需求以附件1《技术需求书》为准。
P:1.3 平台部署于临江市政务云，由甲方提供计算、存储及网络资源，乙方负责应用部署与调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾叁万元整（¥2,230,000.00），为固定总价，已包含税费、差旅、培训及质保期内全部服务费用。分项如下：
P:追溯平台软件许可（含数据库中间件授权）  ¥1,186,000
P:定制开发（采集子系统、驾驶舱、预警处置、移动端）  ¥742,000
P:部署实施及数据初始化  ¥208,000
P:用户培训（监管人员及企业操作员）  ¥36,000
P:等级保护测评及密码应用评估配合  ¥58,000
P:合计  ¥2,230,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥446,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的55%，即¥1,226,500。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥557,500。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 工期
P:4.1 乙方应在合同签订后90日内完成部署并申请初步验收，初步验收通过后进入60日试运行，试运行结束后申请最终验收。
P:4.2 乙方应按附件2《项目实施计划》配备项目经理及不少于6名实施人员，项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：附件1所列全部功能点逐项测试通过；向省级追溯平台上报数据经抽查1,000条无遗漏、差错不超过2条；在500个并发用户下主要页面响应时间不超过3秒；完成等级保护二级测评及商用密码应用安全性评估并取得报告。
P:5.2 最终验收标准：试运行期间未发生一级故障；接入追溯企业不少于300家且数据连续上报；遗留问题全部关闭；乙方提交源代码、部署手册、运维手册及用户手册。
P:5.3 验收由甲方组织，可邀请第三方专家参加，验收结果以甲方签署的书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，且不计入不可用时间。
P:6.3 故障分级及响应：一级故障（平台整体不可用或数据上报中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般问题）下一工作日内响应。
P:6.4 乙方未达到上述响应时限的，每超时1小时扣减质保金或后续款项¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费不高于软件许可费用的10%（即每年不超过¥118,600），该价格在质保期满后三个年度内不得上调，维护合同按年度另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序、源代码及相关文档的著作权及其他知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的全部追溯数据、企业信息及日志均属于甲方所有，乙方仅为履行本合同目的处理，不得留存、复制、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输、操作审计等措施，运维访问须经堡垒机并经甲方审批。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、企业商业信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成部署或验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合合同约定的，应负责返工并承担由此产生的费用，给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不得分包。乙方不得将本合同全部或部分义务转让或委托给第三方履行。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 附件：1.技术需求书；2.项目实施计划；3.分项报价表；4.服务承诺书。
P:甲方（盖章）：临江市商务局    乙方（盖章）：江川链证信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年3月__日    签订日期：2026年3月__日
"""

H308Z02 = """T:浸胶生产线控制系统改造合同
P:合同编号：HL-SB-2026-0309
P:甲方（买方）：鲁东海隆帘子布有限公司
P:住所：山东省潍坊市寒亭区工业园海隆路1号
P:乙方（卖方）：齐鲁恒控自动化工程有限公司
P:住所：山东省济南市历城区科航路2299号
P:鉴于甲方二号浸胶生产线原有控制系统运行多年，设备老化、备件停产、张力与温度控制精度不足，甲方决定实施控制系统改造。乙方具有相应的工程能力和业绩。双方经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责二号浸胶线（含退卷、浸胶、烘干、热拉伸、定型、卷取各段）控制系统的设计、供货、安装、编程组态、调试、试生产和培训，交付一套完整可用的控制系统。
P:（二）改造内容包括：更换PLC主控制器及远程I/O；更换全线主传动变频器；新增张力、温度、浸胶量在线检测仪表；新建HMI操作站和工艺数据服务器，部署DCS/HMI组态软件许可；与甲方MES系统实现工艺配方下发和生产数据上传。
P:（三）改造须利用甲方年度检修停机窗口完成，停机时间不超过15日。
H:二、合同价格
P:（一）合同总价为人民币贰佰零肆万元整（¥2,040,000），含税，包括设备、软件许可、安装调试、编程组态、培训、运输保险及质保期内全部服务。分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主控制器及远程I/O模块|1套|486,000
TB:2|主传动变频器及驱动单元|18台|612,000
TB:3|张力、温度、浸胶量在线检测仪表|1批|268,000
TB:4|DCS/HMI组态软件许可（永久）|1套|184,000
TB:5|工控服务器及操作站|1批|96,000
TB:|软硬件小计||1,646,000
TB:6|安装调试及停机窗口施工|1项|212,000
TB:7|PLC编程及组态、MES接口|1项|158,000
TB:8|操作及维护培训|1项|24,000
TB:|合同总价||2,040,000
P:（二）上述价格为固定价格，合同履行期间不因材料或人工价格变动而调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥204,000）。
P:（二）全部设备到达甲方现场并经双方开箱清点签收后，甲方支付合同总价的35%（¥714,000）。到货签收仅确认数量及外观，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的45%（¥918,000）。
P:（四）合同总价的10%（¥204,000）作为质量保证金，质保期满且无质量争议后15个工作日内无息支付。
H:四、交货与工期
P:（一）设备应于合同生效后75日内送达甲方现场。
P:（二）乙方应在停机窗口内完成安装和冷调试，开机后10日内完成热调试，并进入连续试生产。
P:（三）乙方应在设备发货前提交施工组织方案、停机切换方案及安全技术措施，经甲方设备部审核后实施。切换期间乙方应安排项目经理及电气、自动化工程师全程驻厂。
P:（四）乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业及危险化学品管理制度，为施工人员办理意外伤害保险，因乙方原因发生的安全事故由乙方负责。
H:五、验收
P:（一）最终验收在连续试生产满30日后进行，验收标准为：帘子布张力控制偏差不超过设定值的±1.5%；烘箱各区温度偏差不超过±2℃；浸胶量（DPU）波动不超过±0.3个百分点；全线速度达到设计值；MES配方下发及数据上传准确无误；试生产期间未发生因控制系统原因造成的停线。
P:（二）验收由甲方设备部、生产部和质量部共同进行，乙方提交竣工资料、程序备份、组态文件及测试记录，双方签署验收报告。设备安装、开机运行或试生产均不视为验收合格。
P:（三）验收未通过的，乙方应在10日内整改，整改后重新验收，由此产生的费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备、软件或施工质量引起的故障，乙方免费维修或更换。
P:（二）故障分级：一级故障指导致整线停机或批量质量事故的故障，乙方应在30分钟内响应，2小时内到场，8小时内恢复生产；二级故障指单台设备或局部功能失效，2小时内响应，24小时内修复；三级故障为一般问题，48小时内处理。
P:（三）乙方未在上述时限内响应或到场的，每超时1小时向甲方支付¥800；一级故障未按时恢复的，每超时1小时另付¥1,500。
P:（四）乙方在潍坊设立备件库，常用备件保证48小时内到货。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供全线控制系统维保服务，包括季度巡检、程序维护、软件升级、备件优先供应及7×24小时故障响应，响应时限同第六条。
P:（二）维保服务费每年按软硬件小计的26%计取，即每年¥427,960，每年度开始前签订年度维保协议，价格在质保期满后四个年度内保持不变，不因乙方价目表调整而变动。
P:（三）维保期间发生的备件费用按乙方投标报价单所列单价另行结算。
H:八、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面、组态文件、MES接口程序及其源代码，知识产权归甲方所有，乙方应在验收时完整移交，甲方可自行修改和使用。
P:（二）第三方软件的许可按原厂许可条款执行，乙方保证其来源合法。
H:九、数据安全
P:（一）生产工艺参数、配方数据、质量数据及设备运行数据属于甲方所有，乙方不得复制、带离甲方现场或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方书面审批，并通过甲方指定的安全接入通道进行，全程留存日志；乙方应落实工控系统安全防护措施，不得在控制网络中接入未经检测的设备。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对甲方的工艺技术、配方、生产计划、客户信息等商业秘密负有保密义务，未经甲方书面同意不得披露给任何第三方。保密义务自本合同签订之日起至上述信息公开之日止。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。
P:（二）乙方累计赔偿责任（含违约金）以合同总价的1.5倍为限，但因乙方故意或重大过失、人身伤害及违反第九条、第十条造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十二、分包
P:乙方如需将电气安装施工分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。核心设备供货、编程及调试不得分包。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交潍坊仲裁委员会仲裁。
H:十五、其他
P:（一）培训：乙方应对甲方操作工、电气维修工和工艺工程师分批开展培训，培训内容包括系统操作、程序备份与恢复、常见故障处理及备件更换，培训教材归甲方使用。
P:（二）通知：双方往来通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：鲁东海隆帘子布有限公司    乙方（盖章）：齐鲁恒控自动化工程有限公司
P:代表签字：__________    代表签字：__________    日期：2026年4月__日
"""

Z03 = """湘仁大药房连锁 会员及处方流转云服务合同

合同编号：XRDYF-IT-2026-011

甲方（客户）：湖南湘仁大药房连锁有限公司
统一社会信用代码：略
地址：长沙市开福区芙蓉中路一段519号

乙方（服务商）：杏林云方科技有限公司
地址：杭州市余杭区文一西路998号海创园5幢

甲方在湖南省内经营直营门店90家，拟统一会员管理并接入互联网医院电子处方流转。乙方拥有“杏林云方”零售药店SaaS平台。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第一条 服务内容
（1）乙方通过其SaaS平台向甲方90家门店及总部提供以下云服务：会员管理（积分、储值、慢病会员档案、用药提醒）、电子处方流转（接收合作互联网医院处方、药师审方、处方核销与留痕）、营销活动管理及经营报表。
（2）乙方提供一次性实施服务：门店开通与配置、历史会员数据迁移（约46万条）、与甲方ERP及POS系统对接、与两家合作互联网医院处方平台对接、医保电子凭证核验对接，以及门店店长和执业药师培训。
（3）服务账号数量以90家门店、每店不超过6个账号、总部不超过40个账号为限。新增门店按第三条单价另行计费。
（4）乙方应为甲方指定专属客户成功经理一名，负责需求对接、季度服务回顾及门店使用情况分析，并在每个服务年度结束后提交服务报告。
（5）平台功能版本升级由乙方统一进行，升级不得降低本合同约定的功能和性能，涉及门店操作变化的，乙方应提前通知甲方并提供操作指引。

第二条 服务期限
（1）服务期为三个服务年度，自平台上线验收通过之日起计算。
（2）服务期满后本合同不自动续期。甲方如需续约，应在期满前60日提出，双方另行协商签订续约合同。

第三条 服务费用
（1）订阅服务费为每服务年度人民币396,000元（90家门店×4,400元/店/服务年度），三个服务年度合计1,188,000元。
（2）实施服务费为人民币168,000元，一次性计收。
（3）本合同总金额为人民币1,356,000元（含6%增值税）。
（4）服务期内订阅服务费单价固定不变。
（5）服务期内甲方关闭门店的，自关闭次月起相应减少订阅门店数量，乙方按剩余服务期间比例退还或在下一服务年度费用中抵扣已付订阅费。

第四条 付款方式
（1）本合同签订后10个工作日内，甲方一次性支付实施服务费168,000元及首个服务年度订阅服务费396,000元，合计564,000元。
（2）第二、第三个服务年度的订阅服务费，甲方在该服务年度开始前15日内支付。
（3）乙方应在收款前开具合法有效的增值税专用发票。

第五条 实施与验收
（1）乙方应在合同签订后60日内完成全部门店开通、数据迁移和系统对接，并提交上线验收申请。
（2）上线验收标准：①90家门店全部开通并完成至少3日实际营业使用；②会员数据迁移完整率与准确率经抽样核对无差错；③处方流转全流程（接收、审方、核销、留痕）在两家互联网医院平台联调通过；④POS收银与会员积分实时同步，延迟不超过3秒；⑤通过甲方组织的安全检查。
（3）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店开通或实际使用均不视为验收合格。
（4）验收不合格的，乙方应在10日内整改并重新提交验收申请，因整改延误的时间计入乙方的实施期限。
（5）乙方应在上线前完成对全部门店店长及执业药师的操作培训，并提供培训视频、操作手册及常见问题解答，培训合格人员名单报甲方备案。

第六条 服务水平
（1）平台月度可用率不低于99.98%，计划内维护须安排在每日1:00至6:00之间并提前通知甲方。
（2）故障分级响应：P1级（全部门店无法收银、无法接收处方）15分钟内响应，2小时内恢复；P2级（部分门店或部分功能异常）1小时内响应，8小时内解决；P3级（一般咨询）当日响应。
（3）未达到可用率承诺的，按月度可用率每低0.1个百分点抵扣当月订阅费的3%；P1级故障超时恢复的，每超时1小时抵扣当月订阅费的2%。抵扣总额以当月订阅费为限。

第七条 数据归属与使用
（1）甲方的会员信息、处方信息、销售数据及平台中产生的其他业务数据属于甲方所有。
（2）甲方同意，乙方可在去标识化处理后，将上述会员消费数据与处方数据用于乙方的行业分析、药品需求预测模型训练及产品改进，该使用权在本合同终止后继续有效。
（3）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除平台中的甲方数据。

第八条 数据安全
（1）平台部署在中国境内，已通过网络安全等级保护三级测评。乙方应采取加密存储与传输、最小权限访问、操作日志留存不少于6个月等措施，遵守《个人信息保护法》《数据安全法》及药品监管的有关规定。
（2）发生数据泄露等安全事件的，乙方应在24小时内通知甲方，采取补救措施，配合甲方向主管部门报告；因乙方原因导致的，乙方承担由此给甲方造成的全部损失。

第九条 保密
双方对在合作中获得的对方商业秘密、技术信息及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后3年内继续有效。

第十条 知识产权
（1）平台软件及其标准功能的知识产权归乙方所有。
（2）乙方为甲方专门开发的ERP、POS及医保对接程序和定制报表，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用。

第十一条 违约责任
（1）乙方未按第五条期限完成上线验收的，每逾期一日向甲方支付违约金900元。
（2）乙方累计赔偿责任以本合同总金额的两倍为限，但乙方故意、重大过失或违反第八条的情形除外。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第十二条 分包
乙方不得将本合同项下服务分包给第三方，但经甲方事先书面同意的除外。

第十三条 合同解除
（1）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
（2）乙方连续两个月未达到可用率承诺的，甲方有权解除合同，乙方应退还未履行期间的服务费。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

第十五条 不可抗力
因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应及时通知对方并在15日内提供证明，受影响部分的履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。

第十六条 其他
（1）双方指定的项目联系人及联系方式见附件，联系人变更应提前书面通知对方。
（2）本合同附件包括：服务功能清单、门店清单、实施计划、验收测试用例，附件与正文具有同等效力。
（3）本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：湖南湘仁大药房连锁有限公司
代表：__________
乙方（盖章）：杏林云方科技有限公司
代表：__________
签订日期：2026年5月__日
"""

Z04 = """政府采购合同
公务用车管理平台运维服务

项目名称：2026—2027服务年度公务用车管理平台运维服务
采购方式：竞争性磋商（采购编号：JGJ-CS-2026-006）
合同编号：JGSW-YW-2026-14

甲方（采购人）：宁川市机关事务管理局
地址：宁川市人民路1号市行政中心3号楼

乙方（成交供应商）：宁川驰安数字科技有限公司
地址：宁川市经济开发区长江路57号

依据《中华人民共和国政府采购法》及其实施条例、磋商文件、乙方响应文件和成交通知书，双方就公务用车管理平台运维服务签订本合同。

1. 服务范围
1.1 本合同运维对象为甲方公务用车管理平台，包括用车申请审批、派车调度、车辆定位监控、费用结算、维修保养管理、统计分析六个子系统，以及安装于全市共计612辆公务车辆上的北斗车载终端。
1.2 乙方提供的运维服务包括：平台日常巡检与监控、故障处理、数据备份与恢复演练、安全加固与漏洞修复、功能小幅优化（每服务年度不超过300人日）、车载终端维修更换、用户咨询热线，以及重大会议和节假日期间的保障值守。
1.3 乙方应派驻不少于3名工程师在甲方现场服务，工作时间为工作日8:30至17:30，其余时间安排远程值守。
1.4 驻场人员应具备相应的专业资格，其中至少1人具有信息系统运维项目管理经验。乙方更换驻场人员应提前10个工作日书面报甲方同意，并做好工作交接。
1.5 乙方应建立运维工单制度，所有故障、变更和咨询均须登记工单，工单记录按月报送甲方。

2. 服务期限
2.1 服务期为一个服务年度，自2026年7月1日起至2027年6月30日止。
2.2 服务期满本合同自然终止。下一服务年度的运维服务由甲方依法重新组织采购。

3. 合同金额与支付
3.1 合同金额为人民币肆拾捌万陆仟元整（¥486,000），包括人员、工具、备品备件（单价2,000元以下）、差旅及税费。单价2,000元以上的车载终端整机更换费用按响应文件报价另行结算，不计入合同金额。
3.2 运维服务费按季度支付。每季度结束后，甲方依据第6条考核结果，在15个工作日内支付当季服务费¥121,500，扣除考核扣款后的余额。
3.3 本合同不设预付款。

4. 服务交接
4.1 乙方应在合同签订后20日内完成与原运维单位的交接，包括账号权限、系统文档、源代码、配置信息和未结工单的接收，并提交交接报告。
4.2 乙方应在交接完成后30日内完成平台安全基线检查并提交整改报告，对发现的高危漏洞在整改报告确认后15日内完成修复。

5. 服务水平
5.1 平台月度可用率不低于99.99%（计划内维护除外，计划内维护须提前2个工作日报甲方同意）。
5.2 故障响应：一级故障（平台整体无法访问、派车调度中断或定位数据全部中断）乙方应在6小时内响应并开始处理，12小时内恢复；二级故障（单个子系统故障或部分车辆定位中断）8小时内响应，24小时内恢复；三级故障（一般问题及咨询）1个工作日内响应。
5.3 车载终端故障，乙方应在接报后3个工作日内完成维修或更换。
5.4 数据备份每日一次，恢复演练每季度一次，演练结果报甲方备案。
5.5 每月第一个工作日前，乙方应提交上月运维月报，内容包括可用率统计、故障清单及处理情况、巡检发现问题、终端在线率及下月工作计划。
5.6 在全国和省市重要会议、重大活动及法定节假日期间，乙方应按甲方通知安排专人现场值守，并提前完成专项巡检。

6. 考核与扣款
6.1 甲方按季度对乙方进行考核，考核内容包括可用率、故障处理时效、巡检报告、用户满意度及驻场人员出勤。
6.2 月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；故障响应或恢复每超时1小时，扣减¥500；驻场人员缺勤每人日扣减¥600。
6.3 单季扣款总额不超过当季服务费的20%。连续两个季度考核不合格的，甲方有权解除合同。

7. 验收
7.1 每季度考核结果经甲方签字确认，作为季度服务验收。
7.2 服务期满后，甲方组织年度终验，验收标准为：全年各季度考核合格；第4条交接与整改事项全部完成；运维文档、配置台账、巡检记录和工单记录完整移交；平台及数据完好移交给甲方或甲方指定的下一服务单位。

8. 分包
8.1 乙方可将车载终端的现场维修更换工作分包给具备资质的本地服务商，但应提前5个工作日书面告知甲方分包单位名称及人员名单，乙方对分包部分向甲方承担全部责任。

9. 知识产权
9.1 运维期间乙方为甲方编写的脚本、优化代码、配置文档、报告等成果归甲方所有。平台原有知识产权归属不因本合同改变。

10. 数据安全
10.1 平台中的用车申请、车辆轨迹、驾驶员及乘车人员信息等全部数据属于甲方，乙方仅为完成运维工作接触和处理，不得复制、留存或对外提供。
10.2 乙方人员须签署保密与安全承诺书，通过甲方堡垒机访问系统，严禁使用个人设备连接平台服务器；乙方应落实等级保护制度要求，及时修复安全漏洞。
10.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因导致的，乙方承担全部法律责任和赔偿责任。

11. 保密
11.1 乙方对履约中知悉的甲方内部信息、车辆调度信息及领导出行信息严格保密，不得以任何方式泄露。保密义务不因合同终止而解除。

12. 违约责任
12.1 乙方未按第4.1条、第4.2条约定期限完成交接或整改的，每逾期一日，按合同金额的万分之二向甲方支付违约金。
12.2 乙方违反第10条、第11条约定的，除承担赔偿责任外，甲方有权解除合同。
12.3 甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

13. 合同解除
13.1 乙方严重违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除合同。
13.2 合同解除后，乙方应在10日内完成全部工作交接，配合甲方完成平台平稳过渡。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因履行本合同发生争议，协商不成的，依法向甲方所在地人民法院起诉。

15. 其他
15.1 磋商文件、响应文件及成交通知书为本合同的组成部分。
15.2 因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任。
15.3 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益，违反的甲方有权解除合同。
15.4 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。

甲方（盖章）：宁川市机关事务管理局          乙方（盖章）：宁川驰安数字科技有限公司
授权代表：__________                        授权代表：__________
日期：2026年6月__日                          日期：2026年6月__日
"""

Z05 = """# 金陵云账ERP软件销售及实施合同

（金陵云账标准合同文本 JLYZ-HT-V5.0）

合同编号：JLYZ-2026-0577

**甲方（用户）**：高邮湖畔蛋品食品有限公司
地址：江苏省高邮市经济开发区湖滨路18号

**乙方（供方）**：南京金陵云账软件股份有限公司
地址：南京市雨花台区软件大道168号

甲方因咸鸭蛋、松花蛋及蛋黄制品生产经营管理需要，向乙方购买“金陵云账ERP”软件并委托乙方进行定制开发和实施。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供金陵云账ERP V5.0标准版软件许可，模块包括：财务总账、应收应付、进销存、生产管理、质量追溯，用户数30个，永久使用。

1.2 乙方根据甲方需求进行定制开发，包括：原料蛋入库分级、腌制批次及工艺参数管理、成品蛋包装赋码、电商平台（天猫、京东、抖音店铺）订单对接、经销商返利计算。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。具体功能以双方确认的《需求确认单》为准，需求确认单签署后新增的需求另行收费。

1.4 甲方应自行准备运行ERP系统所需的服务器、操作系统、数据库软件、网络及终端设备，并确保其符合乙方提供的《运行环境要求》。因运行环境不符合要求导致的问题由甲方自行负责。

1.5 乙方提供的培训为集中培训两次，每次不超过两天，培训对象为甲方关键用户。超出部分的培训按乙方人天单价另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | ERP标准版软件许可（5个模块，30用户） | 368,000 |
| 2 | 定制开发（分级、腌制批次、赋码、电商对接、返利） | 296,000 |
| 3 | 安装部署、数据初始化及培训 | 86,000 |
| | 合计 | 750,000 |

2.1 合同总价为人民币柒拾伍万元整（¥750,000），含增值税。

2.2 乙方人员赴甲方现场的差旅费用由甲方按实报销。

2.3 合同总价不包括服务器、数据库软件、条码打印机、电子秤接口设备等硬件及第三方软件费用，也不包括电商平台收取的接口使用费。如甲方委托乙方代为采购，价格另行约定。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥487,500，乙方收款后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥262,500。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之二向乙方支付违约金，且乙方有权暂停服务。

## 第四条 实施周期

4.1 乙方计划在收到首付款后90个工作日内完成安装部署和上线。

4.2 实施过程中如因甲方需求变更、数据准备不及时或配合不到位导致工期延误，工期相应顺延。

4.3 因乙方原因导致工期延误的，乙方应积极采取措施予以补救，尽快完成上线。

4.4 甲方应指定一名项目负责人和各模块关键用户，配合乙方开展需求调研、流程梳理、基础数据整理和系统测试，并在乙方提交的需求确认单、设计方案等文件上及时签字确认。

4.5 甲方应在乙方通知后5个工作日内提供物料编码、客户供应商档案、期初库存及财务科目余额等基础数据，并对数据的真实性和完整性负责。

## 第五条 上线与验收

5.1 乙方完成软件安装并将系统切换至正式运行后，即视为甲方验收合格。

5.2 甲方应为系统上线提供必要的配合，如甲方在乙方通知上线之日起7日内未提出书面异议，亦视为验收合格。

## 第六条 免费维护期

6.1 自系统上线之日起，乙方提供三个月免费维护服务，包括软件缺陷修复及电话、远程技术支持。

6.2 免费维护期内，甲方遇到问题可通过乙方客服热线或在线工单提交，乙方在接到甲方通知后尽快安排技术人员处理。

6.3 因甲方操作不当、擅自修改数据库或第三方原因导致的问题，不属于免费维护范围。

6.4 免费维护期内乙方提供远程支持为主，确需现场服务的，甲方应承担乙方人员的差旅及食宿费用。

## 第七条 后续服务

7.1 免费维护期满后，甲方如需继续获得软件升级和技术支持服务，应与乙方签订年度服务协议。

7.2 年度服务费按乙方届时公布的服务价格标准执行。

7.3 甲方未签订年度服务协议的，乙方不再提供软件升级，对甲方的技术支持请求按次收费，收费标准以乙方当时的报价为准。

7.4 甲方如需增加用户数或模块，应另行向乙方购买许可，价格按乙方届时的产品价目表执行。

## 第八条 知识产权

8.1 金陵云账ERP软件及其文档的知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、接口程序及源代码，其知识产权亦归乙方所有。甲方在合同约定范围内享有非独占的使用权，不得复制、修改、反编译或提供给第三方使用。

## 第九条 数据

9.1 甲方录入ERP系统的业务数据归甲方所有，乙方仅为实施和维护本合同之目的接触和使用。

9.2 乙方远程维护须经甲方同意，乙方应采取身份认证、传输加密等安全措施保护甲方数据，因乙方人员过错导致甲方数据泄露或丢失的，乙方应承担相应赔偿责任。

## 第十条 项目实施人员

10.1 乙方有权根据项目进度安排和调整实施人员。

10.2 乙方可将部分定制开发、数据初始化或现场实施工作委托其合作伙伴完成，无需另行征得甲方同意。

10.3 乙方实施人员在甲方现场工作期间，应遵守甲方的食品生产车间卫生管理规定，进入腌制车间须经甲方同意并穿戴防护用品。

## 第十一条 责任限制

11.1 乙方对本合同项下的全部赔偿责任，累计不超过合同总价的50%。

11.2 乙方对甲方的间接损失、利润损失、商誉损失及数据恢复费用不承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同约定，经另一方书面催告后15日内仍未改正的，另一方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.2 因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方。

14.3 甲方应妥善保管乙方提供的软件加密锁及授权文件，遗失或损坏的，补办费用由甲方承担。

14.4 本合同附件包括：需求确认单、运行环境要求、实施计划及培训计划。

14.5 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：高邮湖畔蛋品食品有限公司　　　　乙方（盖章）：南京金陵云账软件股份有限公司

签字：__________　　　　　　　　　　　　　　签字：__________

日期：2026年__月__日
"""

H308E01 = """T:SOFTWARE LICENCE AND SUPPLY AGREEMENT
P:Agreement No. ACH-CN-2026-044
P:This Software Licence and Supply Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Shantou Chaoxiu Lace and Embroidery Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 23 Guangxia Road, Chaonan District, Shantou, Guangdong Province (the "Buyer"); and
P:(2) Achlada Stitchworks Single Member S.A., a company incorporated in Greece with its registered office on Nisida Tragonisi, Cyclades, Greece (the "Vendor").
P:Background
P:(A) The Buyer designs and produces Chaozhou-style embroidery, guipure lace and lace trims for garment and home-textile customers and runs a design office of eight pattern punchers.
P:(B) The Vendor develops and licenses "Achlada Punch", a pattern-punching and digitising software for multi-head embroidery machines, together with a lace-structure module for chemical and guipure lace.
P:(C) The Buyer wishes to acquire perpetual licences of the software, with installation, configuration, training and support, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Achlada Punch version 11, the Lace Structure Module, their documentation and any updates supplied under this Agreement, in object code.
P:1.2 "Workstations" means the eight design computers in the Buyer's design office at the address above, listed in Annex 1.
P:1.3 "Buyer Files" means the Buyer's designs, artwork, customer sketches, stitch files, lace patterns and machine files, whether created before or with the Software.
P:1.4 "Custom Deliverables" means the stitch-library presets, thread charts, lace fill patterns and machine export templates that the Vendor prepares specifically for the Buyer under Article 3.
P:1.5 "Final Acceptance" means the signature by the Buyer of the acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Workstations for the Buyer's own business, including production for the Buyer's customers.
P:2.2 The Buyer may move a licence to a replacement computer after notifying the Vendor, who shall issue a new activation key within two working days at no charge.
P:2.3 The Buyer shall not decompile, resell or sublicense the Software, except as permitted by mandatory law.
H:Article 3 Scope of Supply and Services
P:3.1 The Vendor shall supply the licences, install the Software on the Workstations, configure export formats for the Buyer's Tajima, Barudan and ZSK machines, and prepare the Custom Deliverables from the Buyer's existing design samples.
P:3.2 The Vendor shall train the Buyer's pattern punchers for five days on site in Shantou and provide two follow-up sessions of three hours each by video conference.
P:3.3 Installation and training shall be delivered in Chinese or with a Chinese interpreter provided by the Vendor at its cost.
H:Article 4 Price and Payment
P:4.1 At the Buyer's request all prices are stated and payable in Chinese Yuan (CNY). The Contract Price is CNY 516,000, inclusive of all taxes and charges for delivery, travel and interpretation, as follows:
P:Item 1  Achlada Punch v11 perpetual licence  8 seats x CNY 46,500  CNY 372,000
P:Item 2  Lace Structure Module perpetual licence  4 seats x CNY 21,000  CNY 84,000
P:Licence Subtotal  CNY 456,000
P:Item 3  Installation, machine export configuration and Custom Deliverables  CNY 38,000
P:Item 4  On-site training and follow-up sessions  CNY 22,000
P:Contract Price  CNY 516,000
P:4.2 The Buyer shall pay (a) 20% of the Contract Price (CNY 103,200) within fifteen days after signature of this Agreement against the Vendor's invoice; (b) 45% (CNY 232,200) within fifteen days after the Vendor has installed the Software on all Workstations and the parties have signed an installation record, which is not acceptance; and (c) the balance of 35% (CNY 180,600) within fifteen days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days after signature of this Agreement.
P:5.2 Within ten working days after installation the parties shall carry out the acceptance tests in Annex 2, which include: conversion of fifty sample designs supplied by the Buyer into stitch files without manual correction of more than five percent of stitches; correct export and sewing of twenty designs on each machine model; generation of guipure lace structures that hold together after dissolving on three test pieces; and ten consecutive working days of use without a Severity 1 fault.
P:5.3 When all tests are passed the Buyer shall sign the acceptance certificate. If a test fails, the Vendor shall correct the fault and repeat the test at its cost. Installation, use of the Software in production or payment of an instalment shall not by itself amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants for six months from Final Acceptance that the Software will perform substantially in accordance with its documentation and Annex 2, and shall correct any defect reported in that period free of charge, including by remote session or on-site visit where needed.
P:6.2 The warranty does not cover faults caused by hardware, operating systems not listed in the documentation, or modifications made by anyone other than the Vendor.
H:Article 7 Support and Maintenance
P:7.1 During the warranty and any maintenance period, faults are classified as follows: Severity 1 means that the Software cannot be started or cannot export to any machine on more than half of the Workstations; Severity 2 means that a function is unavailable but a workaround exists; Severity 3 means any other question.
P:7.2 For Severity 1 faults the Vendor shall respond within two hours by telephone or remote session, day and night, and shall restore use within one working day. Severity 2 faults shall be answered within eight working hours and Severity 3 faults within two working days.
P:7.3 If the Vendor misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due to the Vendor.
P:7.4 After the warranty, the Buyer may order annual maintenance, covering updates, new versions and the support in this Article, at 11% of the Licence Subtotal per annum (CNY 50,160). This fee is fixed for the first six maintenance years. Maintenance is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify and license the Custom Deliverables freely, including for use with other software.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and bear all costs and damages awarded.
H:Article 9 Buyer Files
P:9.1 Buyer Files remain the property of the Buyer. The Vendor may receive Buyer Files only to perform the installation, configuration and support under this Agreement, and shall not use them for any other purpose.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's designs, customer names and prices, and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation within the period in Article 5.1, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to twice the Contract Price. This limit does not apply to infringement claims, wilful misconduct or personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor may use its authorised service partner, Guangzhou Zhenxiu Digital Equipment Co., Ltd., for on-site installation and support in China. Any other subcontractor requires the Buyer's prior written consent. The Vendor remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under Article 11.1 reach their maximum. The Vendor shall then refund all amounts paid for the parts not accepted.
P:13.2 The licences granted for Software paid in full survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute that cannot be settled amicably within thirty days shall be submitted to the competent courts of Piraeus, Greece.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese. Both versions are equally authentic.
P:15.2 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts in Annex 3. A notice sent by e-mail is received on the next working day in the place of receipt.
P:15.3 Neither party is liable for a delay caused by force majeure, provided it informs the other party promptly and resumes performance as soon as possible. If force majeure lasts more than sixty days, either party may terminate the parts not yet performed.
P:15.4 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.5 Annexes: 1 Workstations; 2 Acceptance Tests; 3 Support Contacts.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

E02 = """# ORDER FORM AND GENERAL TERMS — PILGRIMTICKET CLOUD

Order Form No. KAS-OF-2026-0183

## PART A — ORDER FORM

### A1. Parties

**Provider:** Kassari Transit Software OÜ, a private limited company registered in Estonia, with its registered office at Kassari village, Hiiu County, Estonia ("Provider").

**Customer:** Shanxi Wutaishan Chaotai Pilgrim Bus Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 6 Taihuai Town Road, Wutai County, Xinzhou, Shanxi Province ("Customer").

### A2. Services

Provider shall provide PilgrimTicket Cloud, a hosted ticketing, seat-reservation and fleet-dispatch service for the Customer's pilgrimage bus routes between Xinzhou, Taiyuan, Wutai Mountain (Taihuai) and the five terrace temples, including:

- online and WeChat mini-programme ticket sales, with real-name booking and QR boarding passes;
- sales through 14 ticket offices and 120 handheld validators on the buses;
- dynamic timetables for festival days and the summer peak season;
- dispatch and driver rostering for up to 160 vehicles;
- settlement reports for the Customer's finance department and the scenic-area administration.

Provider shall also perform the one-time Onboarding Services: configuration of routes, fares and timetables, migration of the Customer's route and fleet data, integration with the Customer's payment gateways (WeChat Pay, Alipay and UnionPay) and with the scenic-area visitor management system, and training of ticket-office and dispatch staff.

### A3. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance (the "Subscription Start Date") and runs for an Initial Term of three Subscription Years. A "Subscription Year" is each consecutive annual period starting on the Subscription Start Date or on an anniversary of it.

### A4. Fees

At the Customer's request all Fees are stated and payable in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| PilgrimTicket Cloud subscription (160 vehicles, 14 offices, 120 validators, unlimited online users) | per Subscription Year | 264,000 |
| Subscription Fees for the Initial Term | 3 Subscription Years | 792,000 |
| Onboarding Services | one-time | 58,000 |
| **Total Fees for the Initial Term** | | **850,000** |

Payment gateway charges of third parties are paid by the Customer directly and are not part of the Fees.

### A5. Invoicing and Payment

(a) The Subscription Fee for each Subscription Year is invoiced annually in advance on the first day of that Subscription Year and payable within thirty days of invoice.

(b) The Onboarding Services fee is invoiced after Go-Live Acceptance and payable within thirty days of invoice.

(c) No other amount is payable before the Subscription Start Date.

### A6. Go-Live Acceptance

(a) Provider shall make the configured service available for acceptance testing within sixty days after this Order Form is signed.

(b) The acceptance tests are those in Schedule 1 and include: sale and validation of 2,000 test tickets across all channels with full reconciliation to the payment gateways; booking of 500 concurrent users with page responses under three seconds; correct dispatch of a full festival-day timetable; and five consecutive days of live parallel running at three ticket offices without a Priority 1 incident.

(c) When the tests are passed, Customer shall sign a Go-Live Acceptance certificate. Use of the service for live sales during parallel running does not amount to acceptance.

(d) If the service is not available for acceptance testing within the period in A6(a) for reasons attributable to Provider, Provider shall pay the Customer CNY 600 for each day of delay, which Customer may set off against any Fees.

### A7. Renewal

At the end of the Initial Term the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the Subscription Fee for any renewal term by up to eight percent over the fee of the preceding Subscription Year by giving notice at least ninety days before the renewal.

### A8. Signatures

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

For Provider: ____________________  For Customer: ____________________

## PART B — GENERAL TERMS

### B1. Service Levels

1.1 Provider shall make the ticketing service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:30 and 04:30 Beijing time outside festival days.

1.2 Incidents are classified by Customer as follows. Priority 1: online sales, ticket-office sales or boarding validation are unavailable for all users, or settlement data is wrong. Priority 2: a function or a channel is impaired. Priority 3: any other request.

1.3 Provider shall respond to Priority 1 incidents within thirty minutes, at any time of day, and use continuous efforts until they are resolved. Priority 2 incidents shall be answered within two hours during 06:00–22:00 and Priority 3 requests within one business day.

1.4 If availability in a month falls below the commitment in 1.1, Provider shall credit Customer 5% of the monthly equivalent of the Subscription Fee for each started 0.5 percentage point of shortfall, up to half of that monthly equivalent. Credits are deducted from the next invoice or paid at the end of the term.

### B2. Customer Data

2.1 "Customer Data" means all passenger, booking, payment, vehicle, driver and operating data entered into or generated by the service for Customer. Customer Data belongs to Customer. Provider processes it only on Customer's instructions and only to provide the service.

2.2 Provider shall host the service and all Customer Data in data centres in mainland China operated by its hosting provider named in Schedule 2, under a system filed at MLPS level 3. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and comply with the Personal Information Protection Law and the Data Security Law.

2.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours, take all reasonable measures to contain it, and bear the losses, fines and costs of notification caused by an incident for which Provider is responsible.

2.4 On expiry or termination Provider shall return Customer Data in CSV format within thirty days and then delete it.

### B3. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this agreement and not disclose it to third parties without prior written consent. This duty lasts for three years after the end of the agreement.

### B4. Intellectual Property

4.1 Provider keeps all rights in PilgrimTicket Cloud.

4.2 Fare tables, timetable templates, report layouts and interface specifications prepared specifically for Customer belong to Customer. Customer may use, change and give them to a successor provider without restriction.

### B5. Subcontracting

Apart from the hosting provider named in Schedule 2, Provider shall not subcontract any part of the service without Customer's prior written consent. Provider is liable for its subcontractors as for itself.

### B6. Liability

6.1 Each party's total liability under this agreement is limited to twice the Total Fees for the Initial Term stated in A4.

6.2 The limit does not apply to breach of B2 or B3, wilful misconduct, or personal injury.

### B7. Term and Termination

7.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

7.2 Customer may also terminate if availability is below 97% in two consecutive months.

7.3 On termination by Customer under 7.1 or 7.2 Provider shall refund the prepaid Subscription Fee for the remaining period.

### B8. Governing Law and Jurisdiction

This agreement is governed by the laws of the Republic of Estonia. The courts of Harju County, Tallinn, Estonia have exclusive jurisdiction over any dispute arising from it.

### B9. General

9.1 Notices shall be in writing and sent to the addresses in A1, with a copy by e-mail.

9.2 Neither party may assign this agreement without the other party's prior written consent.

9.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders closing the scenic area or a general failure of public telecommunication networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits under B1 remain due for unavailability caused by failures of Provider's own systems or of its hosting provider.

9.4 Provider shall give Customer at least thirty days' notice of any change to the service that removes a function used by Customer, and shall not remove a function listed in A2 during the Initial Term.

9.5 Provider shall provide the service and all user interfaces, help texts and ticket layouts in simplified Chinese, and shall support Customer's staff in Chinese by telephone and online chat.

9.6 During the summer peak season and the main festival days notified by Customer in advance, Provider shall keep an engineer on standby for Customer and shall not carry out scheduled maintenance.

9.7 The Schedules are: Schedule 1 Acceptance Tests; Schedule 2 Hosting Provider and Data Centres; Schedule 3 Contacts and Escalation.
"""

H308E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR ORCHARD POLLINATION WEATHER MONITORING
P:Contract No. ZXLY-2026-PW-02
P:This Contract is made between:
P:Zhaoxian Xuelixiang Pear Orchard Cooperative Co., Ltd., a company established in the People's Republic of China, with its address at Xiaozhang Village, Zhao County, Shijiazhuang, Hebei Province (the "Buyer"); and
P:Birkholm AgroSense ApS, a company registered in Denmark, with its registered office on Birkholm, Sydfynske Øhav, Denmark, acting in China through its representative office in Shijiazhuang (the "Supplier").
P:Whereas the Buyer grows snow pears on about 1,900 mu of orchard and depends on hand and bee pollination during a short bloom window, and wishes to install a network of weather stations and bloom cameras with an analytics platform that forecasts frost, wind and pollination windows; and whereas the Supplier has designed and installed such systems in orchards in Europe and China; the parties agree as follows.
H:Section 1 Definitions
P:1.1 "System" means the weather stations, bloom cameras, gateways, server software and mobile application described in Annex 1, installed and configured as a working whole.
P:1.2 "Platform Licence" means the perpetual licence of the Supplier's AgroSense Bloom analytics software for installation on the Buyer's own server.
P:1.3 "Orchard Data" means all measurements, images, forecasts, alerts, maps and records collected or produced by the System.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Section 5.4.
H:Section 2 Scope
P:2.1 The Supplier shall supply, install, calibrate and commission the System at the Buyer's orchard blocks A to F, integrate it with the Buyer's existing irrigation controllers, and train the Buyer's technicians and block managers.
P:2.2 The Supplier shall configure the pollination-window and frost-alert models for the Buyer's varieties (Xuehua, Yali and Xinli No. 7) using the Buyer's historical bloom records.
P:2.3 The Buyer shall provide a server room, power and network at the cooperative's office and access to the orchard blocks.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese and is available on site during installation and during the first bloom season. The project manager may be replaced only with the Buyer's written approval.
P:2.5 The Supplier shall install the stations and cameras without damaging trees, trellises or irrigation lines, shall agree the position of every mast with the block manager, and shall restore any damage at its own cost.
H:Section 3 Contract Price
P:3.1 At the Buyer's request the price is stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,012,000, a fixed price including taxes, transport, installation and all services during the warranty:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Weather station (temperature, humidity, wind, leaf wetness, solar radiation)|64|9,800|627,200
TB:2|Bloom camera with solar power unit|12|7,400|88,800
TB:3|LoRa gateway with 4G backhaul|3|12,600|37,800
TB:4|AgroSense Bloom Platform Licence, perpetual, on-premise|1|146,000|146,000
TB:|Hardware and Licence Subtotal|||899,800
TB:5|Installation, calibration, model configuration and irrigation interface|1|96,200|96,200
TB:6|Training of technicians and block managers|1|16,000|16,000
TB:|Contract Price|||1,012,000
P:3.2 No other charge shall be payable by the Buyer for the scope of this Contract.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 101,200) within twenty days after signature, against an advance-payment guarantee of the same amount issued by a bank in China.
P:4.2 The Buyer shall pay 55% (CNY 556,600) within twenty days after all equipment has been installed and the parties have signed an installation certificate. The installation certificate confirms quantities and positions only and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 354,200) within twenty days after Final Acceptance.
H:Section 5 Delivery, Testing and Acceptance
P:5.1 The Supplier shall complete installation before 10 March 2027 so that the System is in operation before the bloom season.
P:5.2 Acceptance tests shall show: each weather station within the tolerances of Annex 2 against a reference station for seven days; data received from at least 98% of stations every ten minutes over fourteen days; bloom-stage recognition by the cameras confirmed by the Buyer's agronomist on three sample dates; frost and pollination alerts delivered to the mobile application within two minutes; and correct control signals to the irrigation controllers in a frost-protection drill.
P:5.3 Before Final Acceptance the Supplier shall hand over as-built drawings with the coordinates of every station and camera, calibration certificates, administrator passwords, configuration backups, operating manuals in Chinese and a spare-parts list.
P:5.4 When the tests are passed, the Buyer shall sign a Final Acceptance certificate. Installation, operation of the System during the bloom season or payment of any instalment shall not by themselves constitute acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective equipment and correct any software defect free of charge, including parts, labour and travel.
P:6.2 Incidents are classified as Severity 1 (a gateway, the server software or the alert function is down, or more than ten stations are silent during the bloom season from March to May), Severity 2 (single stations or cameras failed) and Severity 3 (other questions).
P:6.3 The Supplier shall respond to a Severity 1 incident within one hour and restore the alert function within twelve hours. Severity 2 incidents shall be answered within eight working hours and fixed within five working days.
P:6.4 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 500, deductible from any amount due.
H:Section 7 Support after the Warranty
P:7.1 After the warranty, the Supplier shall on the Buyer's request provide support, software updates and spare parts service for the System at an annual fee of 9% of the Hardware and Licence Subtotal (CNY 80,982 per year). The fee is fixed for the first three years after the warranty. Support is ordered year by year in writing and does not renew automatically.
P:7.2 The response and restoration times of Section 6 apply during support.
H:Section 8 Intellectual Property
P:8.1 The Supplier retains the rights in the AgroSense Bloom software.
P:8.2 The orchard maps, block models, variety calibrations, alert rules and reports prepared for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Section 9 Data Security
P:9.1 Orchard Data belongs to the Buyer and is stored on the Buyer's server in Zhao County. The Supplier may access it only to perform this Contract and shall not copy it outside the Buyer's systems.
P:9.2 The Supplier shall harden the server and gateways according to Annex 3, use encrypted connections, give remote access only through the Buyer's VPN with individual accounts approved by the Buyer, and keep access logs.
P:9.3 The Supplier shall report any security incident within twenty-four hours, take measures to limit it and compensate the Buyer for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including the Buyer's yields, prices and customer lists, and shall not disclose it without prior written consent, during the Contract and for three years after it ends.
H:Section 11 Delay and Liability
P:11.1 If installation is not completed by the date in Section 5.1 for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for wilful misconduct, personal injury and breach of Section 9.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors work under the Supplier's responsibility.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:Section 15 Miscellaneous
P:15.1 The Supplier shall insure the equipment until installation is complete and shall maintain third-party liability insurance for its work at the orchard.
P:15.2 A party affected by force majeure, including hail, flood or government restrictions on movement, shall notify the other party promptly. The time for performance is extended by the period of the event, and installation shall then be completed before the next bloom season.
P:15.3 The Supplier shall observe the Buyer's rules on pesticide application periods and shall not enter sprayed blocks during re-entry intervals.
P:15.4 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses of the project contacts named in Annex 4.
P:15.5 This Contract is signed in two English and two Chinese originals; both languages are equally authentic. Annexes: 1 System Description; 2 Tolerances and Test Procedures; 3 Security Baseline; 4 Contacts.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED WI-FI AND LAN SERVICES AGREEMENT

Agreement reference: SND-MNS-CN-2026-07

This Agreement is made between:

1. **Jiaxing Hengyun Knitwear Co., Ltd.**, a company incorporated in the People's Republic of China, registered at No. 301 Puxiu Road, Puyuan Town, Tongxiang, Jiaxing, Zhejiang Province (the "Customer"); and
2. **Sandøy Netdrift AS**, a company incorporated in Norway, registered at Sandøy, Ålesund, Norway, which performs the on-site work in China through its Hangzhou branch (the "Provider").

The Customer knits sweaters and cardigans in three factory buildings with 210 computerised flat-knitting machines, a linking and finishing hall, a warehouse and an office building. Its machines receive knitting programs over the network and report production counts to the Customer's production system. The Customer wishes to have a managed wireless and wired network designed, installed, operated and supported by the Provider as a service.

## 1. Definitions

1.1 **Service** means the managed Wi-Fi and LAN service described in clause 2 and Schedule 1.

1.2 **Sites** means the buildings listed in Schedule 1 at the Customer's Puyuan campus.

1.3 **Equipment** means the access points, switches, controllers, firewalls and other devices installed by the Provider to deliver the Service. Equipment remains the Provider's property.

1.4 **Service Acceptance** means the Customer's signature of the acceptance certificate under clause 4.

1.5 **Customer Data** means all configuration data, logs, traffic records, user and device lists and production data passing through or stored in the network.

## 2. The Service

2.1 The Provider shall design, supply, install and operate a network at the Sites consisting of 146 Wi-Fi 6 access points, 22 access switches, two core switches in a redundant pair, a wireless controller cluster and a perimeter firewall, as listed in Schedule 1.

2.2 The Service includes: a separate industrial network segment for the knitting machines; a staff network; a guest network with real-name registration; monitoring from the Provider's network operations centre in Hangzhou; configuration changes on request (up to ten per month); quarterly reports; and replacement of failed Equipment.

2.3 The Provider shall keep two on-site spare access points and one spare access switch at the Sites at all times.

2.4 The Provider shall send the Customer a monthly service report showing availability per Site, incidents with their priority and times, configuration changes, capacity use per building and recommendations. The parties shall meet every quarter to review the report and planned changes.

2.5 Moves, additions and changes beyond the monthly allowance in clause 2.2, such as coverage of a new building, are quoted by the Provider on the basis of the unit rates in Schedule 3 and carried out only after the Customer's written order.

2.6 The Provider shall plan any work that interrupts the industrial segment with the Customer's production manager and carry it out during the weekly stoppage on Sunday nights, unless an incident requires otherwise.

## 3. Term

3.1 The Agreement starts on signature. The Service Term is 36 months from Service Acceptance.

3.2 The Agreement does not renew automatically. Any extension requires a written agreement of both parties on price and terms.

## 4. Installation and Service Acceptance

4.1 The Provider shall complete installation at all Sites within seventy days after signature, working around the Customer's production shifts.

4.2 Acceptance tests shall demonstrate: signal strength of at least -65 dBm in 95% of the measured points in each building; roaming of handheld scanners without session loss; delivery of knitting programs to all connected machines without error over five working days; segmentation between the industrial, staff and guest networks verified by a penetration test; and monitoring and alarms visible in the Customer's portal.

4.3 When the tests are passed the Customer shall sign the acceptance certificate. Connecting users or machines to the network before that does not amount to acceptance.

4.4 If Service Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 At the Customer's request all charges are in Chinese Yuan (CNY). The charges are set out in Schedule 3. They are fixed for the Service Term.

5.2 The Installation Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month after Service Acceptance. Invoices are payable within thirty days.

5.3 No charge is payable in advance.

## 6. Service Levels

6.1 The Provider shall ensure that the network is available at each Site for at least 99.95% of each month, measured by the monitoring system, excluding maintenance windows agreed with the Customer.

6.2 The Provider shall respond to and resolve incidents within the times in Schedule 2.

6.3 If the availability at a Site is below the level in clause 6.1, or a response or resolution time is missed, the Provider shall give the service credits set out in Schedule 2. Credits are deducted from the next invoice.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service and shall not disclose or transfer it to anyone, including its parent company, except on the Customer's written instruction.

7.2 All monitoring and log data shall be stored in mainland China. The Provider shall apply the security measures in Schedule 1, including multi-factor authentication for administrators, encrypted management traffic, individual administrator accounts, logging of all configuration changes, and patching of critical vulnerabilities within seven days.

7.3 The Provider shall notify the Customer of any security incident within twelve hours, cooperate in its investigation, and compensate the Customer for losses caused by a breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. This includes network designs, passwords, production figures and customer information. The duty continues for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Network designs, configuration files, site surveys and documentation prepared for the Customer belong to the Customer, which may use them freely, including by giving them to another provider at the end of the Agreement.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury, wilful misconduct and breach of clauses 7 and 8.

## 11. Subcontracting

11.1 The Provider may not subcontract any part of the Service without the Customer's prior written consent. The Provider remains fully responsible for approved subcontractors.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within twenty days after notice, or if availability at any Site is below 98% in three months of any six-month period.

12.2 On expiry or termination the Provider shall hand over the configuration files and documentation, return or delete Customer Data as instructed, and support the migration to a new provider for up to sixty days at the charges in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Norway.

13.2 Any dispute shall be settled by the Oslo District Court, Norway.

## 14. General

14.1 Notices under this Agreement shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named by each party.

14.2 Neither party is liable for failure to perform caused by force majeure, such as typhoon, flood, fire not caused by the party, or government orders, provided it notifies the other party promptly. Monthly Service Charges are not payable for a Site while the Service there is suspended by force majeure.

14.3 At the end of the Service Term the Provider shall remove its Equipment at its own cost within thirty days, at times agreed with the Customer, and make good any damage caused by the removal.

14.4 Neither party may assign this Agreement without the other party's prior written consent.

14.5 This Agreement is made in English and Chinese. Both versions are equally authentic.

## Schedule 1 — Sites, Equipment and Security Measures

Factory buildings 1–3, linking and finishing hall, warehouse and office building, with the Equipment in clause 2.1 and the security measures in clause 7.2.

## Schedule 2 — Priorities, Response Times and Service Credits

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | A building or the industrial segment is down, or knitting programs cannot be delivered | 15 minutes | 3 hours | 10% of the Monthly Service Charge |
| P2 | Part of a building or a network is degraded | 1 hour | 8 hours | 3% of the Monthly Service Charge |
| P3 | A single device or user is affected | 6 working hours | 2 working days | none |
| Availability | Below 99.95% at any Site in a month | — | — | 5% of the Monthly Service Charge per started 0.1 point below |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge | one-time, after Service Acceptance | 72,000 |
| Monthly Service Charge | per month, 36 months × CNY 41,800 | 1,504,800 |
| **Total Contract Value** | | **1,576,800** |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """API SUBSCRIPTION AGREEMENT
RESTAURANT LICENCE VERIFICATION SERVICE

Agreement No.: PRM-API-2026-112

PARTIES

(1) Chengdu Kuaican Network Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at Tianfu Software Park, Building E3, High-tech Zone, Chengdu, Sichuan Province ("Customer").

(2) Premuda Verify d.o.o., a company incorporated in Croatia, with its registered office at Otok Premuda, Zadar County, Croatia ("Provider").

BACKGROUND

Customer operates a food-delivery platform in Sichuan, Chongqing and Guizhou with about 180,000 listed restaurants. Chinese food-safety rules require a platform to check the food business licence of each restaurant it lists and to keep the result up to date. Provider runs an API that reads licence images, checks them against public registers and watches for expiry, suspension and cancellation. Customer wishes to subscribe to that API on the terms below.

1. DEFINITIONS

1.1 "API" means Provider's licence verification interface described in the Schedule, including image recognition, register look-up, change monitoring and the administration console.

1.2 "Verification Call" means one request to verify or re-check one licence.

1.3 "Customer Data" means all restaurant names, licence images, licence numbers, addresses, query logs and results that Customer submits or receives through the API.

1.4 "Production Acceptance" means Customer's written confirmation under clause 4.3.

1.5 "Subscription Year" means each consecutive annual period starting on the date of Production Acceptance or on an anniversary of that date.

2. THE SERVICE

2.1 Provider shall give Customer access to the API for the Term, for the volumes in the Schedule, and shall maintain connections to the licence registers listed in the Schedule.

2.2 Provider shall build and maintain an integration adapter between the API and Customer's merchant on-boarding system, and a nightly batch interface for re-checking all listed restaurants.

2.3 Provider shall keep the API compatible with changes in the public registers and shall announce interface changes to Customer at least sixty days in advance.

2.4 Provider shall send Customer a monthly report with the number of Verification Calls, response times, availability, incidents, register outages and the licences found expired, suspended or cancelled in the month.

2.5 Provider shall give Customer's engineers access to a sandbox environment with test data for the whole Term, free of charge.

3. TERM

3.1 This Agreement starts on signature. The subscription runs for an Initial Term of three Subscription Years from Production Acceptance.

3.2 After the Initial Term, the subscription renews for further Subscription Years at the same Platform Fee and on the same terms, unless either party gives written notice of non-renewal at least ninety days before the end of the current Subscription Year.

4. ON-BOARDING AND ACCEPTANCE

4.1 Provider shall make the integration adapter and the production API available for testing within forty-five days after signature.

4.2 The acceptance tests in the Schedule include: correct reading of 5,000 sample licence images with a field accuracy of at least 99.2%; register look-up results for 2,000 licences matching manual checks; response times below 800 milliseconds for 95% of calls at 300 calls per second; detection of all expiries and cancellations seeded in a test set within one day; and ten days of parallel running with Customer's current manual process.

4.3 When the tests are passed Customer shall confirm Production Acceptance in writing. Live use of the API during parallel running is not acceptance.

4.4 If the API is not ready for testing within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are in Chinese Yuan (CNY). The fees are set out in the Schedule.

5.2 The Platform Fee for each Subscription Year is invoiced in four equal quarterly instalments in arrears. The On-boarding Fee is invoiced after Production Acceptance. Overage calls are invoiced quarterly in arrears.

5.3 Invoices are payable within thirty days. No fee is payable before Production Acceptance.

6. SERVICE LEVELS

6.1 Provider targets availability of the API of 99.95% in each calendar month, excluding maintenance announced three days in advance.

6.2 Incidents are classified as P1 (the API is unavailable or returns wrong results for all calls), P2 (degraded performance or one register unreachable) and P3 (other issues). Provider shall respond to P1 incidents within one hour at any time and to P2 incidents within three hours.

6.3 The service levels in this clause are targets. Failure to meet them does not entitle Customer to any service credit, fee reduction, refund or damages, and Customer's sole remedy is that Provider shall use reasonable efforts to restore the service.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including for other clients or for training its own models.

7.2 Provider shall process Customer Data only on servers in mainland China operated by Provider's Chinese hosting partner under a system filed at MLPS level 3, encrypt it in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs for six months.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours, take immediate steps to contain it, and compensate Customer for all losses caused by an incident for which Provider is responsible.

7.4 At the end of the Term Provider shall return Customer Data and delete all copies within thirty days.

7.5 Once in each Subscription Year, and after any security incident, Customer or an auditor appointed by it may review Provider's security measures for the API on reasonable notice, including the MLPS filing, penetration-test reports and access logs. Provider shall correct any weakness found within a period agreed with Customer.

7.6 Provider shall give Customer the results of the annual penetration test of the API and of its hosting environment, and the name of the testing firm.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement, during the Term and for three years after it ends.

9. INTELLECTUAL PROPERTY

9.1 Provider keeps all rights in the API and its recognition models.

9.2 The integration adapter and batch interface built for Customer, with their source code, belong to Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

10.1 Apart from the hosting partner named in the Schedule, Provider shall not subcontract any part of the service or appoint any sub-processor without Customer's prior written consent.

11. LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

12. TERMINATION

12.1 Provider may suspend the service or terminate this Agreement if Customer fails to pay an undisputed invoice within thirty days after a reminder.

12.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider breaches this Agreement, Customer's remedies are limited to requiring Provider to perform and to claiming damages within the limit of clause 11.

12.3 On expiry or termination, Provider shall give Customer a final export of all verification results.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.2 Neither party is liable for a failure caused by events beyond its reasonable control, including a failure of a public register, provided it informs the other party promptly and resumes performance as soon as possible.

14.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the account managers named by each party.

14.4 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

14.5 Each party shall comply with the anti-bribery laws that apply to it and shall not offer any improper benefit to the other party's employees.

14.6 This Agreement is made in English and Chinese; if they differ, the Chinese text prevails.

SCHEDULE — SERVICE DESCRIPTION, VOLUMES AND FEES

S1. Service: image recognition of food business licences; look-up in the national and provincial market-regulation registers; daily monitoring of every listed licence for expiry, suspension and cancellation; alerts by webhook; administration console with audit log.

S2. Hosting partner: Sichuan Tianfu Cloud Computing Co., Ltd., Chengdu data centre.

S3. Included volume: 6,000,000 Verification Calls per Subscription Year. Overage: CNY 0.035 per call, invoiced quarterly in arrears.

S4. Fees:
Platform Fee: CNY 318,000 per Subscription Year
Platform Fees for the Initial Term (three Subscription Years): CNY 954,000
On-boarding Fee (integration adapter, batch interface, acceptance testing): CNY 42,000, one-time
Total fixed fees for the Initial Term: CNY 996,000

S5. Acceptance tests: as described in clause 4.2, with the test data supplied by Customer.

SIGNATURES

For Customer: ____________________    Name / Title / Date

For Provider: ____________________    Name / Title / Date
"""

# ----------------------------------------------------------------------------------------------------------------
NAMES = {
    "h308z01": "h308z01_commerce_bureau_traceability_platform.pdf",
    "h308z02": "h308z02_tyre_cord_dipping_line_control_retrofit.docx",
    "h308z03": "h308z03_pharmacy_chain_membership_prescription_saas.txt",
    "h308z04": "h308z04_govt_fleet_platform_annual_om.txt",
    "h308z05": "h308z05_salted_egg_erp_supplier_template.md",
    "h308e01": "h308e01_lace_studio_punching_software_greek_vendor.pdf",
    "h308e02": "h308e02_pilgrim_bus_ticketing_saas_estonian_vendor.md",
    "h308e03": "h308e03_pear_orchard_pollination_sensors.docx",
    "h308e04": "h308e04_knitwear_managed_wifi_lan_norwegian_provider.md",
    "h308e05": "h308e05_food_delivery_licence_check_api.txt",
}
SOURCES = {"h308z01": H308Z01, "h308z02": H308Z02, "h308e01": H308E01, "h308e03": H308E03}
TARGETS = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in SOURCES}
PLAIN = {"h308z03": Z03, "h308z04": Z04, "h308z05": Z05, "h308e02": E02, "h308e04": E04, "h308e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# one row per contract: terms in TERM_KEYS order; then extra; then internal facts (fee base, forum outside mainland)
N = None
ROWS = {
    # key: (category, terms..., sla_clause, ld_stated, capped, deemed, value, fee_base, forum_foreign, rules)
    "h308z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.06, N, 20, True, True, 36, 10, False,
                             True, False, "PRC", "goods_or_licence"], True, True, True, False, 2230000, 1186000, False,
                []),
    "h308z02": ("hardware", [N, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 26, False,
                             True, False, "PRC", "goods_or_licence"], True, True, True, False, 2040000, 1646000, False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h308z03": ("cloud", [99.98, 0.25, True, "buyer", True, False, True, 900 / 1356000 * 100, 200,
                          564000 / 1356000 * 100, True, N, N, N, False, True, False, "PRC", "service"],
                True, True, N, False, 1356000, N, False, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
    "h308z04": ("services", [99.99, 6, True, "buyer", True, True, True, 0.02, N, N, True, N, N, N, False, True, True,
                             "PRC", "service"], True, True, N, False, 486000, N, False,
                ["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h308z05": ("software", [N, N, False, "supplier", True, True, False, N, 50, 65, False, False, 3, N, False, True,
                             True, N, "goods_or_licence"], False, False, False, True, 750000, 368000, False,
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h308e01": ("software", [N, 2, True, "buyer", False, True, True, 0.1, 200, 20, True, True, 6, 11, False, True,
                             False, "Greece", "goods_or_licence"], True, True, True, False, 516000, 456000, True,
                ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-WARRANTY"]),
    "h308e02": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 600 / 850000 * 100, 200, N, True, N, N, N,
                          True, True, False, "Estonia", "service"], True, True, N, False, 850000, N, True,
                ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"]),
    "h308e03": ("hardware", [N, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 9, False, True,
                             False, "PRC", "goods_or_licence"], True, True, True, False, 1012000, 899800, False, []),
    "h308e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 1200 / 1576800 * 100, 150, N, True, N, N,
                             N, False, True, False, "Norway", "service"], True, True, N, False, 1576800, N, True,
                ["CR-GOVERNING-LAW"]),
    "h308e05": ("cloud", [99.95, 1, False, "buyer", True, True, True, 700 / 996000 * 100, round(6 / 36 * 100, 4), N,
                          True, N, N, N, False, False, False, "PRC", "service"], True, True, N, False, 996000, N, False,
                ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def label(key):
    cat, terms, sla, ld_stated, capped, deemed, value, base, foreign, rules = ROWS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lang = "zh" if key[4] == "z" else "en"
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted(rules)}


def tco_share(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; None when not computable."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get(
            "post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * ROWS[key][7]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100


def derive(key):
    """My reading of policy.md §3, from the label (not from any project code)."""
    lab = label(key)
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or ROWS[key][8]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold figures: none may appear in any text -------------------------------------------------------------
PC = r"\s*(?:%|％|per\s*cent|percent)"
NUMZH = "〇零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![" + NUMZH + "])", r"ninety[\s-]+nine\s+point\s+nine",
    r"(?<![\d.])4\s*个?\s*小时", r"(?<![" + NUMZH + r"])四\s*个?\s*小时", r"(?<![\d.,])4[\s-]*(?:working\s+|business\s+|clock\s+)?hours?\b",
    r"(?<!twenty-)(?<!twenty )\bfour[\s-]+(?:working\s+|business\s+|clock\s+)?hours?\b", r"(?<![\d.,])4\s*h\b", r"(?<![\d.,])240\s*(?:分钟|min)",
    r"二百四十\s*分钟", r"two\s+hundred\s+(?:and\s+)?forty\s+minutes",
    r"(?<![\d.])0?\.05(?!\d)" + PC, r"万分之五(?![" + NUMZH + "])", r"千分之零点五",
    r"(?<![\d.,])100" + PC, r"百分之一?百", r"one\s+hundred\s+per\s*cent", r"hundred\s+percent",
    r"(?<![\d.,])30(?![\d.])" + PC, r"百分之三十(?![" + NUMZH + "])", r"三成", r"\bthirty\s+per\s*cent",
    r"(?<![\d.,])40(?![\d.])" + PC, r"百分之四十(?![" + NUMZH + "])", r"四成", r"\bforty\s+per\s*cent",
    r"(?<![\d.,])15(?![\d.])" + PC, r"百分之十五(?![" + NUMZH + "])", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.,])12\s*个\s*月", r"(?<![" + NUMZH + r"])十二\s*个\s*月", r"\b(?:12|twelve)[\s-]+(?:calendar\s+)?months?\b",
    r"(?<![" + NUMZH + r"])一\s*年", r"(?<![\d.,])1\s*年", r"\bone[\s-]+years?\b", r"(?<![\d.,])1[\s-]+years?\b",
    r"(?<![\d.,])5\s*年", r"(?<![" + NUMZH + r"])五\s*年", r"\b(?:5|five)[\s-]+(?:calendar\s+)?years?\b",
    r"(?<![\d.,])60\s*个?\s*月", r"(?<![" + NUMZH + r"])六十\s*个\s*月", r"\b(?:60|sixty)[\s-]+months?\b",
]
THRESHOLD_RES = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "可用率99.9％", "百分之九十九点九", "4小时", "4个小时", "四小时", "四 小时", "4 hours", "four hours",
            "4-hour", "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
            "百分之一百", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "四成", "forty percent",
            "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月", "十二 个月", "一年", "one year", "12 months",
            "twelve months", "1 year", "五年", "5年", "5 years", "five years", "60个月", "六十个月", "60 months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "99.5%", "115%", "0.15%", "130%",
                "四十二个月", "2025年", "2026年12月", "二十五年", "10.05%", "0.055%", "6 working hours", "24-hour",
                "150%", "1.5倍", "twenty-four hours", "twenty four hours", "百分之三十五", "45%", "8 hours", "万分之五十", "one Subscription Year", "4G backhaul"]


def threshold_hits(text):
    out = []
    for t in (text, re.sub(r"\s+", " ", text)):
        for rx in THRESHOLD_RES:
            out += [m.group(0) for m in rx.finditer(t)]
    return out


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("should hit", s)
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("should not hit", s, threshold_hits(s))


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


# price and payment arithmetic stated in the texts (contract value = ROWS value)
SUMS = {
    "h308z01": ([1186000, 742000, 208000, 36000, 58000], [446000, 1226500, 557500]),
    "h308z02": ([486000, 612000, 268000, 184000, 96000, 212000, 158000, 24000], [204000, 714000, 918000, 204000]),
    "h308z03": ([3 * 396000, 168000], [564000, 396000, 396000]),
    "h308z04": ([486000], [121500] * 4),
    "h308z05": ([368000, 296000, 86000], [487500, 262500]),
    "h308e01": ([8 * 46500, 4 * 21000, 38000, 22000], [103200, 232200, 180600]),
    "h308e02": ([3 * 264000, 58000], [264000, 264000, 264000, 58000]),
    "h308e03": ([64 * 9800, 12 * 7400, 3 * 12600, 146000, 96200, 16000], [101200, 556600, 354200]),
    "h308e04": ([72000, 36 * 41800], [72000] + [41800] * 36),
    "h308e05": ([3 * 318000, 42000], [42000] + [318000 / 4] * 12),
}
BASES = {"h308z01": [1186000], "h308z02": [486000, 612000, 268000, 184000, 96000], "h308z05": [368000],
         "h308e01": [8 * 46500, 4 * 21000], "h308e03": [64 * 9800, 12 * 7400, 3 * 12600, 146000]}


def check_sums():
    for k, (items, pays) in SUMS.items():
        v = ROWS[k][6]
        assert sum(items) == v and abs(sum(pays) - v) < 1e-6, k
    for k, parts in BASES.items():
        assert sum(parts) == ROWS[k][7], k
    assert 0.26 * 1646000 == 427960 and 0.11 * 456000 == 50160 and round(0.09 * 899800) == 80982
    assert round(0.10 * 1186000) == 118600


if __name__ == "__main__":
    self_test()
    check_sums()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, text in PLAIN.items():
        (OUT / NAMES[k]).write_text(text, encoding="utf-8")
        print("wrote", NAMES[k])
    covered, bad = set(), []
    for k in NAMES:
        lab = label(k)
        assert derive(k) == lab["expected_rules"], (k, derive(k), lab["expected_rules"])
        covered |= set(lab["expected_rules"])
        stem = NAMES[k].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no derived value on a threshold
        for key_, thr, gap in (("availability_pct", 99.9, 0.04), ("p1_response_hours", 4, 0.5),
                               ("ld_rate_per_day_pct", 0.05, 0.005), ("liability_cap_pct", 100, 5),
                               ("prepayment_pct", 30, 5), ("warranty_months", 12, 3), ("post_warranty_fee_pct", 15, 2)):
            v = t[key_]
            assert v is None or abs(v - thr) >= gap, (k, key_, v)
        s = tco_share(k)
        assert s is None or abs(s - 40) > 1, (k, s)
        text = read_back(OUT / NAMES[k])
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        n = len(text) if lab["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        print("%-58s %5d %s  %-6s %s%s" % (NAMES[k], n, "chars" if lab["language"] == "zh" else "words",
                                          risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "(none)",
                                          "  TCO share %.2f%%" % s if s is not None else ""))
        if not lo <= n <= hi:
            bad.append((k, n))
    assert not bad, ("length out of range", bad)
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 CR rules covered; all checks passed")
