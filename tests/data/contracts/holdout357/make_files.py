import sys; sys.dont_write_bytecode = True  # noqa: E702
"""holdout357: writes the ten contracts and their labels, reads every built file back and checks lengths, thresholds
and rule coverage. Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H357Z01 = """T:盛阳市社会救助综合信息平台建设项目政府采购合同
P:合同编号：SYMZ-2025-ZC-017　　采购方式：公开招标　　项目编号：SYCG2025-0412
P:采购人（甲方）：盛阳市民政局　　地址：盛阳市文昌路88号
P:供应商（乙方）：北辰数智科技有限公司　　地址：济南市高新区舜华路1166号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目招标文件、乙方投标文件及中标通知书（SYCG2025-0412-ZB），甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设社会救助综合信息平台，覆盖最低生活保障、特困人员供养、临时救助、医疗救助衔接及困难群众动态监测预警等业务，服务全市11个区县、186个乡镇（街道）经办机构。
P:1.2 项目内容包括：平台软件许可、定制开发、历史数据迁移与部门数据对接、部署实施与培训、等级保护测评配合。详细功能以需求规格说明书为准。
P:1.3 平台部署于盛阳市政务云，乙方不得在政务云以外的任何环境存储本项目业务数据。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾捌万元整（¥2,980,000），为含税固定总价，包括乙方完成本项目所需的全部费用。分项如下：
P:（1）社会救助平台软件许可（永久使用，不限用户数）：¥1,260,000；
P:（2）定制开发（动态监测预警模型、救助审批流程、统计分析驾驶舱）：¥1,180,000；
P:（3）历史数据迁移及与公安、人社、医保、残联等部门数据对接：¥356,000；
P:（4）部署实施与培训（含区县经办人员培训不少于20场）：¥124,000；
P:（5）等级保护测评及密码应用安全性评估配合：¥60,000。
P:2.2 除甲方书面同意的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%（¥596,000）作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%（¥1,341,000）。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%（¥1,043,000）。
P:3.4 乙方每次请款应提交合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审核程序造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同生效后150日内完成平台部署并提交初步验收申请，于初步验收后90日内完成试运行并提交最终验收申请。
P:4.2 乙方应按周提交实施周报，重大风险应在发现后2个工作日内书面报告甲方。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能逐项测试通过；历史数据迁移后与源系统逐表核对一致，差错率不高于万分之一；与部门数据接口连续10个工作日调用成功；在1,000个并发用户下主要业务页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期不少于90日，期间未发生一级故障；第三方等级保护测评（第三级）通过并取得测评报告；密码应用安全性评估通过；用户手册、运维手册、源代码及数据字典完整移交。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（按月统计，计划内维护且提前3日通知甲方的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或救助资金发放业务中断）15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一业务模块不可用）30分钟内响应，8小时内恢复；三级故障（一般问题）2个工作日内解决。
P:6.3 未达到上述要求的，一级故障响应或恢复每超时1小时扣减500元，月可用率每低于承诺值0.01个百分点扣减1,000元；扣减款从最终验收款或履约保函中抵扣。
H:第七条 质保及后续运维
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的适配修改及7×24小时技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过第2.1条第（1）项软件许可费的10%（即每年不超过¥126,000），该价格在质保期满后三个年度内保持不变，由双方另行签订运维合同。
H:第八条 数据安全
P:8.1 本项目涉及的全部业务数据（包括救助对象身份、家庭收入、财产、健康等个人信息及其衍生数据）均属于甲方，乙方仅可为履行本合同按甲方指示处理，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求：访问须经甲方审批并通过堡垒机进行，全程留存日志；生产数据不得导出至政务云以外；测试一律使用甲方提供的脱敏数据；乙方人员须签署保密承诺并接受背景审查。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及救助对象因此遭受的全部损失，并承担相应的行政及法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、业务资料及网络架构负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（包括源代码、数据模型、接口程序、文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:10.2 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收或最终验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不得分包或转包。乙方违反本条的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：盛阳市民政局　　　　乙方（盖章）：北辰数智科技有限公司
P:授权代表：＿＿＿＿＿＿　　　　　　授权代表：＿＿＿＿＿＿
P:签订日期：2025年8月　日
"""

H357Z02 = """T:硫化机控制系统改造合同
P:合同编号：SL-SB-2025-0936
P:甲方（买方）：山东金轮橡胶轮胎有限公司
P:乙方（卖方）：青岛众控自动化工程有限公司
P:鉴于甲方二车间现有48台双模硫化机控制系统老化，温压控制精度不足，甲方决定实施改造；乙方具备相应工程能力。双方经平等协商，就改造项目订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责48台硫化机的PLC控制柜更换、温度压力传感器及变送器更换、操作触摸屏更换、硫化工艺管理软件部署、车间工业网络敷设，以及原有工艺配方的迁移和操作人员培训。
P:（二）改造应分批实施，每批停机不超过6台，不得影响甲方正常排产。具体停机计划由双方生产部门确认。
P:（三）甲方负责提供施工所需的电源接口、压缩空气接口、临时堆放场地以及车间既有桥架走向图纸；乙方负责施工区域的围挡、警示标识及每日清场。拆除的旧控制柜、旧仪表由乙方分类整理后交甲方设备部统一处置，乙方不得自行带离厂区。
P:（四）乙方应在合同签订后10日内提交项目实施方案，内容包括施工组织、分批停机计划、配方迁移方案、网络拓扑、回退预案及安全措施，经甲方设备部和生产部会签后执行。实施方案需要调整的，须经双方书面确认。
H:二、合同价款
P:（一）合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含税、含运输、安装及调试，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|硫化机PLC控制柜|48套|16,500|792,000
TB:2|温压传感器及变送器|1批|—|286,000
TB:3|工业触摸屏|48台|3,800|182,400
TB:4|硫化工艺管理软件许可|1套|—|318,000
TB:5|工业交换机及光缆|1批|—|121,600
TB:软硬件小计|||—|1,700,000
TB:6|安装调试|1项|—|156,000
TB:7|工艺配方迁移|1项|—|64,000
TB:8|操作及维修培训|1项|—|20,000
TB:合计|||—|1,940,000
P:（二）上表第1至5项合计为"软硬件小计"，作为本合同质保期满后维保费的计费基数。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即¥194,000。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的50%，即¥970,000。到货签收仅为数量清点，不代表质量验收。
P:（三）项目最终验收合格后，甲方支付合同总价的35%，即¥679,000。
P:（四）剩余5%（¥97,000）作为质量保证金，质保期满且无未决质量问题后无息退还。
H:四、交付与工期
P:（一）乙方应在合同签订后45日内将设备运抵甲方厂区，在到货后75日内完成全部48台硫化机的改造并提交验收申请。
P:（二）乙方施工须遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
P:（三）乙方应指定一名具有同类硫化机改造经验的项目经理常驻现场负责协调，每周向甲方提交施工周报，列明已完成机台、下周计划、存在问题及需甲方配合的事项。项目经理更换须提前书面告知甲方并经甲方认可。
P:（四）设备运输、装卸及进厂前保管期间的毁损灭失风险由乙方承担。所有部件均应附带合格证、使用说明书及出厂检验报告，包装箱上应标明合同编号、箱号及对应机台号。
P:（五）乙方进入甲方厂区的人员须遵守甲方门禁、劳保着装及消防管理规定，乙方应为现场施工人员办理意外伤害保险，并对其人员的安全自行负责。
H:五、验收
P:（一）验收标准：每台硫化机连续硫化不少于200模次，温度控制偏差不超过±1℃，压力控制偏差不超过±0.05MPa；配方下发、工艺曲线记录及超限报警功能正常；软件与甲方MES接口数据一致；连续运行15日无一级故障。
P:（二）验收由甲方设备部组织，验收合格后双方签署最终验收单。设备投入生产、甲方付款均不视为验收合格。
P:（三）验收中发现的问题，乙方应在甲方指定的期限内整改完毕并申请复验，整改及复验发生的费用由乙方承担。
P:（四）乙方应在申请最终验收前向甲方移交竣工资料，包括电气原理图、接线图、PLC程序备份、组态画面备份、设备清单、备品备件清单以及操作维护手册，纸质两套、电子版一套。
H:六、质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起算。质保期内，乙方免费维修或更换有缺陷的设备和部件，免费提供软件缺陷修复。
P:（二）质保期满后，乙方提供维保服务（定期巡检、备件更换、软件升级及故障处理），年度维保费按软硬件小计的26%计取，即每年¥442,000，在质保期满后的四个年度内保持不变，按年度签订维保合同。
P:（三）故障响应：一级故障（硫化机停机或温压失控）30分钟内电话响应，3小时内到达现场；二级故障（单台部分功能异常）2小时内响应，24小时内到达现场。乙方每超时1小时，向甲方支付800元。
H:七、数据与安全
P:（一）硫化工艺配方、生产记录、质量数据等一切数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN及堡垒机进行，全程录像；不得在控制网络上安装未经甲方确认的软件；交付前须完成病毒查杀。
P:（三）发生数据泄露、配方被篡改或控制网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:乙方对甲方的配方、工艺参数、产能信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至该信息公开之日止。
H:九、知识产权
P:为本项目编写的PLC程序、组态画面、接口程序及其源代码的知识产权归甲方所有，甲方可自行修改或委托他人修改。工艺管理软件产品本身的知识产权归乙方，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的1.5倍为限，但故意、重大过失、人身伤害及违反第七条、第八条的责任不受此限。
H:十一、分包
P:乙方不得将本项目转包。土建及桥架安装如需分包，应事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:十二、合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交青岛仲裁委员会仲裁。
H:十四、其他
P:（一）双方联系人及通讯地址以合同首页及附件所列为准。一方变更联系人或地址的，应在变更后3日内书面通知对方；以专人递送或快递寄送至上述地址的书面通知，以签收之日为送达之日。
P:（二）因地震、台风、洪水等不可抗力导致一方不能按期履行的，受影响方应及时通知对方，并在10日内提供有关证明，履行期限相应顺延，后续安排由双方协商确定。
P:（三）乙方应按甲方每笔付款金额开具增值税专用发票，发票内容与合同明细一致；甲方收到合格发票是办理付款的前提。
P:（四）本合同附件包括：设备清单及技术参数、项目实施方案、验收大纲、售后服务承诺书。附件与合同正文具有同等效力。
P:（五）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：山东金轮橡胶轮胎有限公司（盖章）　　乙方：青岛众控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　　代表签字：
P:日期：2025年9月　日
"""

H357Z03 = """宠物医疗门店管理SaaS服务及实施合同

合同编号：PH-IT-2025-022

甲方：成都安宠动物医院连锁管理有限公司
乙方：杭州宠云信息技术有限公司

甲方拟为旗下20家宠物医院门店统一使用电子病历、预约挂号及会员管理系统。乙方是宠云门店管理SaaS平台的运营方。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方20家门店提供宠云SaaS平台订阅服务，包括电子病历、疫苗及驱虫提醒、线上预约挂号、会员及储值管理、药品库存、检验报告上传和经营报表模块。
（2）乙方提供一次性实施服务：历史病历及会员数据迁移（约18万条病历、6.5万名会员）、门店参数配置、与甲方微信公众号及检验设备的对接、门店人员培训。
（3）平台部署在乙方租用的位于中国境内的云资源上，甲方通过浏览器及移动端使用。
（4）乙方应为甲方指定一名客户成功经理作为日常对接人，负责需求受理、版本更新通知、门店培训安排及月度服务报告的编写；甲方指定信息部负责人作为甲方联系人。双方联系人变更的，应提前书面通知对方。
（5）服务期内乙方平台新增的标准功能模块，乙方应向甲方开放使用，不另行收费；甲方提出的个性化开发需求，由双方另行书面确认工作量、费用及完成时间后实施。
（6）甲方负责各门店网络、电脑、小票打印机及扫码枪等终端设备的配备，乙方应在合同签订后5个工作日内提供终端配置要求，并协助门店完成调试。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权根据其产品价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方书面通知即生效，无需甲方同意。

第三条 费用
（1）订阅费：每家门店每服务年度人民币9,600元，20家门店每服务年度合计人民币192,000元，三个服务年度合计人民币576,000元。
（2）实施费：人民币88,000元，一次性收取。
（3）本合同总金额为人民币664,000元（含6%增值税）。门店数量增加的，按同一单价另行结算。

第四条 付款
（1）实施费在上线验收合格后15个工作日内支付。
（2）订阅费按季度结算，每季度结束后10个工作日内，甲方根据乙方提交的服务报告和发票支付当季费用，即每季度人民币48,000元。
（3）本合同不设预付款。
（4）乙方应开具增值税专用发票，发票应分别列明订阅费和实施费及对应期间。发票信息有误的，甲方有权退回，付款期限自甲方收到正确发票之日起计算。
（5）甲方以银行转账方式付款至本合同附件所列乙方账户，乙方变更收款账户的，应加盖公章书面通知甲方。

第五条 实施与上线验收
（1）乙方应在合同签订后60日内完成实施并提交上线验收申请。
（2）验收标准：迁移后的病历、会员及储值余额与原系统逐条核对一致；20家门店均可完成挂号、接诊、开单、收费全流程；公众号预约与门店排班实时同步；检验设备报告自动上传成功率不低于99%；门店人员培训考核合格。
（3）甲方在收到申请后10个工作日内组织验收，验收合格后签署上线验收确认书。门店试用或甲方付款均不视为验收合格。
（4）乙方未能在约定期限内通过上线验收的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。
（5）实施分两个阶段进行：第一阶段完成总部及3家试点门店的上线切换，第二阶段完成其余17家门店的切换。每家门店的切换安排在营业结束后进行，切换前乙方应完成数据核对，原系统保留只读访问至上线验收合格后30日。
（6）培训：乙方应为每家门店至少培训2名前台人员及2名医生，为甲方总部培训2名系统管理员，并提供操作手册和视频教程；新开门店的人员培训以远程方式提供。
（7）乙方应在申请上线验收时向甲方移交实施文档，包括门店参数配置表、接口说明、数据迁移核对报告及系统管理员手册。

第六条 服务水平
（1）平台月可用率不低于99.5%（计划内维护且提前48小时通知的除外）。
（2）故障分级：一级故障（平台整体无法登录或多家门店无法收费）30分钟内响应，3小时内恢复；二级故障（单个模块异常）2小时内响应，1个工作日内恢复；三级故障（咨询及一般问题）1个工作日内答复。
（3）乙方未达到上述可用率或响应、恢复时限的，仅负责尽快修复并提交故障报告，不承担扣减服务费、服务抵扣或其他赔偿责任。

第七条 数据
（1）甲方及其门店在平台上产生和上传的病历、宠物主人信息、会员及交易数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（2）乙方应采取访问控制、传输及存储加密、操作日志留存不少于6个月、每日备份等安全措施，并按网络安全等级保护第二级要求运行平台。
（3）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（4）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台上的甲方数据。

第八条 保密
双方对在合作中知悉的对方商业秘密、客户信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

第九条 知识产权
（1）宠云平台及其后续版本的知识产权归乙方所有。
（2）乙方为甲方专门制作的病历模板、报表、接口程序及数据迁移脚本归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。
（3）乙方保证其提供的平台及服务不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担相应责任。

第十条 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。云资源租用不属于分包，但乙方应对云服务商的行为负责。

第十一条 违约与解除
（1）任何一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
（2）因乙方违约导致解除的，乙方应退还已收取但未提供服务部分的费用，并配合数据导出。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十二条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

第十三条 其他
（1）不可抗力：因地震、洪水、疫情、政府行为或基础电信运营商大范围网络中断等不可抗力导致一方不能履行本合同的，受影响方应及时通知对方并在事件结束后10日内提供证明，双方应尽力减少损失，并协商确定后续履行安排。
（2）通知：双方往来通知以书面形式发送至附件所列地址或电子邮箱；以电子邮件发送的，邮件进入对方邮箱系统之日视为送达。
（3）廉洁：双方工作人员不得索取或收受对方的回扣、礼品或其他不正当利益，发现违反的，应及时告知对方。
（4）本合同附件：门店清单、功能清单、数据迁移方案、双方联系人及收款账户信息。附件与本合同具有同等效力。
（5）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都安宠动物医院连锁管理有限公司
乙方（盖章）：杭州宠云信息技术有限公司
签订日期：2025年7月　日
"""

H357Z04 = """江临市疾病预防控制中心
免疫规划信息管理系统运维服务合同

采购方式：竞争性磋商　　项目编号：JLCG-2025-C0388　　合同编号：JLCDC-YW-2025-06

采购人（甲方）：江临市疾病预防控制中心
供应商（乙方）：江临信科软件服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就免疫规划信息管理系统运维服务事项订立本合同。

1. 服务范围
1.1 运维对象：江临市免疫规划信息管理系统，包括接种门诊客户端、儿童预防接种证电子化模块、疫苗出入库及冷链温度监测模块、与省级免疫规划平台及妇幼系统的数据交换接口，覆盖全市142个接种单位。
1.2 服务内容：日常巡检与监控、故障处理、系统缺陷修复、数据库维护与备份恢复演练、接口运行保障、接种门诊用户培训及问题解答、重大接种活动期间驻场保障。
1.3 乙方应派驻不少于2名运维工程师在甲方现场工作，工作日8:30至17:30在岗，其余时间电话值守。
1.4 乙方派驻人员应具备数据库、网络及应用系统运维经验，其中至少1人持有信息系统运维相关资格证书。驻场人员名单、联系方式及资质证明作为本合同附件，乙方应在服务期开始前5个工作日提交甲方审核。
1.5 在接种高峰期、入学入托查验期及甲方组织的重大接种活动期间，乙方应根据甲方通知增派技术人员驻场保障，增派人员的费用已包含在服务费中。
1.6 乙方应建立运维工单台账，所有故障、咨询及变更均须登记，记录受理时间、处理人、处理过程及关闭时间，甲方可随时查阅。
1.7 培训：乙方每半年至少组织一次面向各接种单位的集中培训；系统新版本上线时，乙方应同步提供操作说明及培训视频。
1.8 应急预案：乙方应在服务期开始后30日内提交系统应急预案，经甲方确认后执行，并按甲方要求参加甲方组织的应急演练。
1.9 变更管理：涉及数据库结构调整、接口参数修改及系统版本升级的，乙方应提前提交变更方案及回退方案，经甲方信息科批准后在非接种时段实施，变更完成后及时更新配置清单。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同自动终止，不自动续期。甲方如需继续采购，另行组织采购程序。
2.3 服务期开始前，乙方应与原运维单位完成工作交接，接收系统账号、配置文档及未关闭工单清单；服务期结束时，乙方应按甲方要求向甲方或新的运维单位完成交接，交接期间不得中断服务。

3. 服务费用与支付
3.1 服务费总额为人民币肆拾陆万捌仟元整（¥468,000），为含税固定价格，包括人员、差旅、工具及备件等全部费用。
3.2 服务费按季度支付，每季度考核结束后15个工作日内，甲方根据考核结果支付当季服务费¥117,000，扣减款项从当季服务费中扣除。
3.3 本合同不设预付款。
3.4 乙方应在每季度付款前向甲方开具合法有效的增值税发票，发票抬头及税号以甲方提供的开票信息为准。甲方为财政预算单位，付款按国库集中支付程序办理。

4. 服务水平与考核
4.1 故障分级：
（1）一级故障：系统整体中断、接种数据无法上传省级平台或冷链监测中断；
（2）二级故障：单个接种单位无法使用或某一功能模块异常；
（3）三级故障：一般性使用问题。
4.2 响应时限：一级故障乙方在6小时内响应，12小时内恢复；二级故障8小时内响应，2个工作日内恢复；三级故障3个工作日内解决。
4.3 乙方响应或恢复超出上述时限的，每超时1小时扣减服务费300元；每季度一级故障超过2次的，另扣减当季服务费的5%。
4.4 乙方每季度提交运维报告，内容包括巡检记录、故障清单及处理时长、数据备份及恢复演练记录。甲方依据本合同附件《运维考核细则》逐项评分，评分作为季度付款依据。

5. 验收
5.1 季度考核即为季度验收，考核得分不低于85分为合格。
5.2 服务期满后，甲方依据年度服务目标进行总体验收：全部故障工单闭环；备份恢复演练不少于2次且均恢复成功；运维文档、配置清单、账号清单完整移交。验收合格后出具验收报告。
5.3 总体验收发现问题的，乙方应在甲方规定的期限内整改完毕后重新提交验收。

6. 数据安全与个人信息保护
6.1 系统中的儿童及监护人个人信息、接种记录、疫苗及冷链数据均属于甲方，乙方仅可在运维工作必要范围内接触，不得复制、导出或用于其他任何目的。
6.2 乙方人员须经甲方审核并签署保密承诺，通过甲方堡垒机操作，严禁使用个人设备连接生产环境。数据库高危操作须经甲方双人审批。
6.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成的，乙方承担全部法律责任及赔偿责任。

7. 保密
乙方对工作中知悉的甲方工作秘密、网络拓扑、系统账号及其他非公开信息负有保密义务，该义务在合同终止后持续有效。乙方派驻人员离岗时，应交还门禁卡、系统账号及全部工作资料。

8. 知识产权
乙方在运维过程中为甲方编写的脚本、巡检工具配置、运维文档及报表的知识产权归甲方所有。乙方使用的第三方运维工具软件应为合法授权版本，因工具软件侵权引起的纠纷由乙方负责处理。

9. 违约责任
9.1 乙方未按本合同约定时间完成年度等级保护整改配合、系统版本升级或重大活动驻场准备的，每逾期一日，按服务费总额的千分之一支付违约金。
9.2 乙方派驻人员未经甲方同意擅自更换的，每人次扣减服务费2,000元。
9.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

10. 合同解除
10.1 服务期内，除发生不可抗力致使合同目的无法实现外，任何一方均不得解除本合同。乙方违约的，甲方按第4条、第9条扣减服务费或收取违约金，乙方应继续履行本合同。

11. 转包与分包
乙方不得将本合同服务转包或分包。

12. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，除争议事项外，双方应继续履行本合同其他条款。

13. 其他
13.1 磋商文件、响应文件、成交通知书及《运维考核细则》为本合同组成部分。
13.2 因不可抗力不能履行合同义务的，受影响方应及时通知对方，并在事件结束后15日内提供证明；不可抗力持续期间相应义务中止履行，双方协商处理后续事宜。
13.3 双方指定联系人：甲方为信息科负责人，乙方为项目经理。通知以书面形式送达合同首页所列单位地址，或发送至双方书面确认的电子邮箱。
13.4 乙方应遵守政府采购廉洁从业的有关规定，不得向甲方工作人员提供任何形式的不正当利益。
13.5 本合同附件：驻场人员名单及资质证明、《运维考核细则》、系统及接口清单、甲方开票信息。
13.6 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：江临市疾病预防控制中心　　　乙方（盖章）：江临信科软件服务有限公司
代表：　　　　　　　　　　　　　　　　　　代表：
日期：2025年6月　日
"""

H357Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

> 本合同采用广西仓智云软件有限公司标准合同文本（CZY-HT-WMS V4.0）

合同编号：CZY-2025-LZ-0711

甲方（用户）：柳州香桂螺蛳粉食品有限公司
乙方（供应商）：广西仓智云软件有限公司

甲方因原料仓、成品仓及电商发货仓管理需要，向乙方采购仓智云WMS软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供仓智云WMS标准版软件许可（5个仓库、60个并发用户、40台PDA终端授权）。

1.2 乙方根据甲方需求进行定制开发，包括：原料（米粉、酸笋、腐竹）批次追溯及保质期预警、冷链温度记录、与淘宝、抖音、拼多多店铺订单接口、波次拣货及复核打包流程、与甲方金蝶财务系统的出入库单据对接。

1.3 乙方负责系统部署、基础数据初始化及关键用户培训。

1.4 甲方负责提供仓库平面图、库位编码规则、物料主数据及现有订单样例，并指定熟悉仓储业务的关键用户配合乙方调研和测试。

1.5 服务器、PDA终端、标签打印机及网络设备由甲方自行采购，不在本合同范围内，乙方提供硬件配置建议并协助安装调试。

1.6 系统运行所需的操作系统及数据库软件由甲方自行采购，乙方提供版本要求及安装指导。

1.7 乙方为甲方关键用户提供集中培训，培训内容包括收货、质检、上架、拣货、盘点及报表查询，并提供操作手册电子版。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓智云WMS标准版软件许可 | 420,000 |
| 2 | 定制开发 | 356,000 |
| 3 | 部署实施及培训 | 74,000 |
| | 合计 | 850,000 |

2.1 合同总价为人民币捌拾伍万元整（¥850,000），含增值税。

2.2 乙方按甲方每笔付款金额开具增值税专用发票，发票内容按上表项目分别列明。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥552,500，乙方收款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥297,500。

3.3 甲方逾期付款的，乙方有权暂停服务，且每逾期一日甲方按应付未付金额的千分之一支付违约金。

3.4 甲方以银行转账方式付款至乙方在本合同中指定的账户，乙方变更收款账户的，应书面通知甲方。

## 第四条 交付

4.1 乙方应在收到首笔款项后90日内完成部署及定制开发，并通知甲方上线。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.3 项目按需求调研、蓝图确认、开发测试、部署上线四个阶段实施。每个阶段结束时，乙方提交阶段文档（需求调研报告、业务蓝图、测试记录、上线方案），由甲方项目负责人签字确认。

4.4 蓝图确认后甲方提出的需求变更，由乙方评估工作量并书面报价，经双方书面确认后实施，交付时间相应调整。

4.5 乙方指定一名项目经理负责项目实施的组织协调，甲方指定一名项目负责人负责需求确认和内部协调。项目经理在实施期间每周向甲方提交项目周报。

4.6 甲方应为乙方实施人员提供必要的办公场所、网络条件及仓库现场进入条件。乙方人员在甲方厂区工作期间，应遵守甲方食品生产区域的卫生、更衣及安全管理规定。

4.7 上线前，乙方应完成基础数据导入，并协助甲方进行期初库存盘点和账实核对。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线之日起7日内未以书面形式提出异议的，亦视为验收通过。甲方提出的异议属于新增需求的，不影响验收结论。

## 第六条 知识产权

6.1 仓智云WMS软件及其全部版本的知识产权归乙方所有。

6.2 乙方为本项目进行定制开发所形成的全部成果（包括源代码、接口程序、报表、流程配置及相关文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

## 第七条 免费维护期与后续服务

7.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方当年公布的服务价格标准支付年度维护费，具体金额以乙方届时报价为准。

## 第八条 技术支持

8.1 故障分级：一级故障指系统无法登录或无法出库发货；二级故障指部分功能异常；三级故障指一般咨询。

8.2 乙方对一级故障在8小时内响应，二级故障在2个工作日内响应，三级故障在5个工作日内答复。

8.3 上述时限为乙方的服务目标。乙方未能在上述时限内响应或修复的，不承担任何扣款、赔偿或违约责任。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可以对甲方业务数据进行脱敏和汇总处理后，用于乙方产品改进、行业分析及向其他客户提供的标准化服务，该项使用不受合同期限限制。

9.3 乙方应采取防火墙、访问权限控制、数据加密及定期备份等措施保障系统数据安全；发生数据泄露的，乙方应在48小时内通知甲方，并对因其过错导致的数据安全事件承担赔偿责任。

## 第十条 保密

双方对在履行本合同过程中获悉的对方技术信息和经营信息承担保密义务，未经对方书面许可不得向第三方披露。

## 第十一条 分包

乙方有权根据项目需要将部分开发、实施工作交由其合作伙伴完成，无需征得甲方同意，乙方应将合作伙伴名称告知甲方。

## 第十二条 责任限制

12.1 乙方在本合同项下对甲方承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

12.2 乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后30日内仍未改正的，另一方有权解除本合同。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，由乙方所在地（南宁市）人民法院管辖。

## 第十五条 其他

15.1 因地震、洪水、疫情或政府行为等不可抗力导致一方不能履行本合同的，受影响方应及时通知对方并提供证明，双方协商确定延期履行或其他处理方式。

15.2 双方的通知以书面形式送达本合同所列单位地址，或发送至双方项目负责人的电子邮箱；以电子邮件发送的，发出之日视为送达。

15.3 本合同附件包括：需求规格说明书、项目实施计划、软件许可证书。附件与本合同正文具有同等效力。

15.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：柳州香桂螺蛳粉食品有限公司　　乙方（盖章）：广西仓智云软件有限公司

签字：＿＿＿＿＿＿　　　　　　　　　　　　签字：＿＿＿＿＿＿

日期：2025年10月　日
"""

H357E01 = """T:SOFTWARE LICENCE AGREEMENT - STITCH DESIGN SOFTWARE
P:Agreement No. EPI-CN-2025-031
P:This Software Licence Agreement (the "Agreement") is made between Suzhou Jinxiu Embroidery Art Studio Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Epirus Stitchworks S.A., a company registered in Greece with its office at 14 Dodonis Avenue, Ioannina (the "Vendor").
P:Recitals. The Customer designs and produces hand-finished and machine embroidery for fashion houses and hotels. The Vendor develops the StitchForge design suite used to create stitch files for multi-head embroidery machines. The Customer wishes to acquire perpetual licences of StitchForge and related services, and the Vendor is willing to provide them on the terms below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StitchForge Professional design suite, version 9, in object code, and the Digitising Module, together with the user documentation.
P:1.2 "Legacy Designs" means the Customer's archive of approximately 1,800 design files in older formats that the Vendor will convert under Article 3.
P:1.3 "Final Acceptance" means the date on which the Customer signs the acceptance certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 4.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive licence to install and use the Software on six workstations at the Customer's premises in Suzhou and on any replacement workstations.
P:2.2 The Customer may make backup copies of the Software and may move a licence to another workstation by deactivating it on the first one.
P:2.3 The Software is delivered by download with licence keys. The Vendor confirms that the Software does not require a permanent internet connection and that licence checks do not transmit design files.
H:Article 3 Services
P:3.1 The Vendor shall install the Software remotely, connect it to the Customer's four Tajima and two Barudan embroidery machines, and configure the colour libraries for the Customer's thread suppliers.
P:3.2 The Vendor shall convert the Legacy Designs into the StitchForge format, preserving stitch order, density, trims and colour stops, and shall deliver a conversion report listing every file.
P:3.3 The Vendor shall deliver two training sessions of three days each, one in Suzhou and one remote, for up to eight designers.
P:3.4 The Vendor shall name a project manager who coordinates installation, conversion and training with the Customer's studio manager and who reports progress every week by e-mail. The Customer shall give the Vendor remote access to the workstations at agreed times and shall provide sample thread charts and machine manuals.
H:Article 4 Price
P:4.1 The Contract Price is CNY 430,000, inclusive of all taxes payable in the People's Republic of China by the Vendor, and is made up as follows:
P:Item 1  StitchForge Professional perpetual licence  6 seats x CNY 46,500  CNY 279,000
P:Item 2  Digitising Module perpetual licence  3 seats x CNY 18,000  CNY 54,000
P:Licence subtotal  CNY 333,000
P:Item 3  Remote installation and machine connection  CNY 27,000
P:Item 4  Legacy Design conversion  CNY 46,000
P:Item 5  Training (two sessions)  CNY 24,000
P:Contract Price  CNY 430,000
P:4.2 The prices are fixed for the duration of this Agreement.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 86,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 193,500) within 20 days after the Vendor has installed the Software on all six workstations and the Customer has confirmed installation in writing.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 150,500) within 20 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account in Ioannina. Bank charges outside China are borne by the Vendor.
P:5.5 Each invoice shall state the Agreement number, the item and amount invoiced and the Vendor's bank details, and shall be sent to the Customer's finance department in Suzhou by e-mail and by courier.
H:Article 6 Acceptance
P:6.1 After installation, conversion and training, the parties shall carry out acceptance tests in Suzhou. The Software passes if (a) every function listed in Annex 1 works as documented; (b) stitch files produced by the Software run on each of the six machines without errors; (c) a sample of 120 converted Legacy Designs chosen by the Customer stitches out within 0.3 mm of the original; and (d) the conversion report accounts for every file.
P:6.2 If the tests are passed, the Customer signs the acceptance certificate within five working days. Installation, use of the Software in production or any payment does not by itself constitute acceptance.
P:6.3 If the tests fail, the Vendor shall correct the defects within 15 days at its own cost and the tests are repeated.
H:Article 7 Delivery Dates and Delay
P:7.1 The Vendor shall complete installation within 30 days after signature and shall make the Software ready for acceptance tests within 75 days after signature.
P:7.2 If the Vendor misses either date for reasons not attributable to the Customer, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
H:Article 8 Warranty
P:8.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for a period of ninety (90) days from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Vendor shall correct reported defects free of charge. After the Warranty Period, defect correction is available only under the maintenance terms in Article 9.
H:Article 9 Maintenance and Support
P:9.1 After the Warranty Period the Customer may order annual maintenance, covering new versions, defect correction and remote support. The annual maintenance fee is 11% of the Licence subtotal, i.e. CNY 36,630 per maintenance year, and will not be increased for the first three maintenance years. Any later change requires a written agreement of both parties.
P:9.2 Maintenance is ordered year by year by purchase order and does not renew automatically.
P:9.3 Support levels apply during the Warranty Period and any maintenance year. A Severity 1 fault is one that prevents the Software from starting or prevents stitch files from being sent to the machines. The Vendor shall respond to a Severity 1 fault within 2 hours during Suzhou business hours and provide a workaround within one business day. A Severity 2 fault (a function not working with a workaround available) receives a response within one business day.
P:9.4 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit CNY 300 against the next payment or maintenance invoice.
H:Article 10 Customer Data
P:10.1 The Customer's design files, customer orders and machine logs ("Customer Data") belong to the Customer. The Vendor may access Customer Data only during remote support sessions that the Customer opens and supervises, and only to the extent needed to resolve the reported issue.
P:10.2 The Vendor shall not copy Customer Data to its own systems, shall use encrypted connections and named engineers for remote sessions, and shall delete any file received for troubleshooting within ten days after the issue is closed.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data by the Vendor or its engineers, cooperate in remedying it, and compensate the Customer for losses caused by its breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The Vendor keeps all rights in the Software.
P:11.2 The converted Legacy Designs, the colour libraries created for the Customer and the conversion report belong exclusively to the Customer, which may use, modify and license them without restriction.
P:11.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear resulting costs and damages.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for wilful misconduct, gross negligence, personal injury and breaches of Articles 10 and 11.3, which is not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund all amounts received and the Customer shall uninstall the Software.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the competent courts of Ioannina, Greece.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional List), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:16.3 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next working day at the place of receipt.
P:16.4 Neither party is responsible for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The dates affected are extended by the period of the delay.
P:For the Customer: Suzhou Jinxiu Embroidery Art Studio Co., Ltd.    Name / Title: ______________
P:For the Vendor: Epirus Stitchworks S.A.    Name / Title: ______________
P:Date: ______________
"""

H357E02 = """# ORDER FORM AND GENERAL TERMS - SUMMITPASS BOOKING PLATFORM

Order Form No. IST-HS-2025-07

## PART A - ORDER FORM

**Customer:** Huangshan Yunhai Cableway Co., Ltd., Huangshan City, Anhui Province, People's Republic of China ("Customer").

**Provider:** Istria Ticketing d.o.o., Obala Pina Budicina 12, Rovinj, Croatia ("Provider").

**Background.** The Customer operates two passenger cable cars and one funicular in the Huangshan scenic area and sells tickets through its own WeChat mini-program, travel agencies and ticket windows. The Customer wishes to replace its ticketing software with the Provider's SummitPass platform, a hosted booking and capacity-management service. At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

### A1. Services

A1.1 SummitPass subscription for three ticketing channels (mini-program, agency portal, ticket windows), 26 turnstile gates and up to 40 back-office users, including timed-entry slots, dynamic capacity limits linked to weather closures, QR-code tickets and refunds.

A1.2 One-time set-up: configuration of products and time slots, integration with the Customer's WeChat Pay merchant account and the scenic-area real-name system, migration of agency accounts, and on-site training in Huangshan.

### A2. Term

A2.1 The Subscription Term is two Subscription Years starting on the Go-Live Date.

A2.2 The Subscription Term does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| SummitPass subscription | per Subscription Year, CNY 186,000 x 2 | 372,000 |
| One-time set-up fee | once | 64,000 |
| Total Contract Value | | 436,000 |

A3.1 Fees are fixed for the Subscription Term and include the hosting, support and service levels described in Part B.

### A4. Invoicing and Payment

A4.1 On signature of this Order Form the Provider shall invoice the set-up fee together with the subscription fee for the first Subscription Year, a total of CNY 250,000. The Customer shall pay this invoice within 15 days after receipt and in any case before the Go-Live Date.

A4.2 The subscription fee for the second Subscription Year (CNY 186,000) is invoiced at the start of that Subscription Year and payable within 30 days.

A4.3 Each invoice shall state this Order Form number, the item or Subscription Year invoiced and the Provider's bank details. Payments are made by bank transfer in CNY, and each party bears its own bank charges.

### A5. Go-Live

A5.1 The Provider shall make the platform ready for acceptance testing within 60 days after signature.

A5.2 Acceptance tests: (a) sale, change and refund of each ticket type through all three channels; (b) QR tickets scanned correctly at every turnstile, with entry recorded within two seconds; (c) daily reconciliation between SummitPass and the WeChat Pay statement matching to the fen for seven consecutive days; (d) capacity limits closing and reopening time slots within one minute of a change by the Customer. The Go-Live Date is the date on which the Customer signs the acceptance certificate. Use of the platform for live sales before that date does not count as acceptance.

A5.3 If the platform is not ready for acceptance testing by the date in A5.1 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

### A6. Contacts

A6.1 Customer: Head of Ticketing, Huangshan Yunhai Cableway Co., Ltd., for operational matters, and the Legal Office for notices under this Order Form.

A6.2 Provider: the named Customer Success Manager for operational matters, and the Managing Director in Rovinj for notices under this Order Form.

Signed for the Customer: ______________  Signed for the Provider: ______________  Date: ______________

## PART B - GENERAL TERMS

### B1. Definitions

B1.1 "Customer Data" means all data entered into or generated by the platform for the Customer, including visitor names, identity document numbers, telephone numbers, booking and payment records.

B1.2 "Subscription Year" means each consecutive period beginning on the Go-Live Date or its anniversary.

B1.3 "Go-Live Date" has the meaning given in A5.2.

B1.4 "Business Day" means a day on which banks are open for business in Huangshan, other than a Saturday, Sunday or public holiday in the People's Republic of China.

B1.5 "Order Form" means Part A together with these General Terms and any Annex referred to in them.

### B2. Service Levels

B2.1 The Provider shall keep the platform available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 23:00 and 05:00 Beijing time.

B2.2 Priority 1 incidents (ticket sales or turnstile validation unavailable) receive a response within 30 minutes at any time of day, with a workaround within two hours. Priority 2 incidents receive a response within two hours during the Customer's opening hours.

B2.3 If availability in a month falls below the level in B2.1, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below it, up to half of that monthly equivalent. Each late Priority 1 response earns a credit of CNY 1,000. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

B2.4 The platform is hosted in a data centre in mainland China operated by a cloud provider named in the Annex.

### B3. Customer Data

B3.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the services under this Order Form and shall not sell it or use it for any other purpose.

B3.2 At the end of the Subscription Term, the Provider shall return the Customer Data in CSV format within 30 days.

### B4. Confidentiality

B4.1 Each party shall keep confidential all non-public information disclosed by the other party, including prices, visitor statistics and technical documentation, and shall not disclose it to third parties without the other party's written consent, during the Subscription Term and for three years afterwards. This does not apply to information that is public or that a party must disclose by law.

### B5. Intellectual Property

B5.1 The Provider keeps all rights in the SummitPass platform. Configurations, ticket designs, reports and interface specifications created for the Customer belong to the Customer, which may use and modify them and hand them to another provider.

B5.2 The Provider shall defend the Customer against any claim that the platform infringes a third party's intellectual property rights and shall bear the resulting costs and damages.

### B6. Liability

B6.1 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

B6.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

### B7. Subcontracting

B7.1 The Provider shall not subcontract the services, except for the hosting provider named in the Annex, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### B8. Termination

B8.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

B8.2 If the Customer terminates under B8.1, the Provider shall refund the prepaid fees for the period after termination.

### B9. Governing Law and Disputes

B9.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

B9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### B10. General

B10.1 Notices must be in writing and sent to the addresses in Part A. B10.2 Part A prevails over Part B in case of conflict. B10.3 The Order Form is made in English in two originals.

B10.4 Changes to the services, such as additional ticketing channels, gates or users, are agreed in a written change order signed by both parties, which states the scope, fees and timetable of the change.

B10.5 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

B10.6 This Order Form is the entire agreement of the parties on its subject matter and replaces any earlier proposals. If any provision is held invalid, the remaining provisions stay in force.

### B11. Customer Responsibilities

B11.1 The Customer shall provide access to its WeChat Pay merchant configuration, test accounts for the scenic-area real-name system and the data needed to migrate agency accounts, and shall name a system administrator who manages user accounts on the platform.

B11.2 The Customer is responsible for the accuracy of the prices, time slots and capacity limits it enters into the platform and for the conduct of its own users.

### B12. Reports and Releases

B12.1 Within ten Business Days after the end of each calendar month, the Provider shall send the Customer a service report showing monthly availability, each Priority 1 and Priority 2 incident with its response time, and any credits due under B2.3.

B12.2 The Provider shall announce new platform releases to the Customer's system administrator before deployment, publish release notes in English and Chinese, and schedule releases outside the Customer's peak seasons notified in writing.
"""

H357E03 = """T:SUPPLY AND INSTALLATION CONTRACT - FARM WEATHER AND SOIL MONITORING SYSTEM
P:Contract No. YKF-2025-EQ-014
P:Buyer: Pu'er Yunling Coffee Plantation Co., Ltd., Simao District, Pu'er City, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Warmia Sensor Systems Sp. z o.o., ul. Lubelska 41, Olsztyn, Poland (the "Supplier").
P:Whereas the Buyer grows arabica coffee on 1,400 mu of hillside plots and needs reliable local weather and soil data to plan irrigation, shading and harvesting, and whereas the Supplier has offered a monitoring system in its tender of 12 June 2025, the parties agree as follows. This contract is on the Buyer's standard form. At the Buyer's request, all prices are in Chinese yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install and commission fourteen automatic weather stations, forty-two soil-moisture and temperature probes, three LoRaWAN gateways and the FarmSight dashboard software, and shall calibrate the instruments and train the Buyer's staff.
P:1.2 The stations and probes shall be installed at the locations in Annex 1, on the Buyer's plots at altitudes between 1,100 and 1,650 metres.
P:1.3 The Supplier shall provide solar power units and batteries for every station, sized for at least ten days of operation without sun.
P:1.4 The Buyer shall give the Supplier's staff access to the plots on agreed dates, provide guides familiar with the hillside paths, and make a locked storage room available in Simao for equipment awaiting installation.
P:1.5 The Supplier shall appoint a project manager who speaks Chinese or is assisted by an interpreter, and who coordinates delivery, installation and training with the Buyer's farm manager. The Supplier's staff on the plots shall follow the Buyer's safety instructions, including rules on vehicle use, working on slopes and the handling of agricultural chemicals, and the Supplier shall insure its own staff against accidents.
P:1.6 Training comprises two days at the plantation for up to ten field staff on reading the dashboard, replacing batteries and cleaning rain gauges and sensors, and one day for the Buyer's IT staff on administering the dashboard server and backing up its database.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,002,000, inclusive of taxes, duties, transport to the plots and insurance. It is itemised in the table below.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station with solar unit|14|38,500|539,000
TB:2|Soil-moisture and temperature probe|42|4,200|176,400
TB:3|LoRaWAN gateway|3|21,600|64,800
TB:4|FarmSight dashboard software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||876,200
TB:5|Installation and commissioning|1|88,000|88,000
TB:6|Calibration and training|1|37,800|37,800
TB:|Contract Price|||1,002,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
P:2.3 The Contract Price includes packaging, customs clearance and the travel and accommodation costs of the Supplier's staff for all visits to the plots required by this contract.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 100,200) within 15 working days after signature, against an advance-payment guarantee of the same amount issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 551,100) within 15 working days after the Installation Certificate is signed. The Installation Certificate confirms that the equipment is installed and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 350,700) within 15 working days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse in Simao within 70 days after signature, and shall complete installation within 40 days after delivery.
P:4.2 If the Supplier is late in delivery or installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.3 The Supplier shall notify the Buyer of the shipment date at least seven days before delivery. The equipment shall be packed for road transport on mountain roads and each case marked with the contract number, case number and contents. The Supplier is responsible for export and import formalities.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests are carried out after a trial run of 45 days. The system passes if (a) every station and probe reports at least 98% of scheduled readings during the trial run; (b) air temperature, humidity, rainfall and wind readings of each station agree with a reference instrument within the tolerances in Annex 2; (c) the dashboard shows readings within ten minutes and produces the irrigation and frost-alert reports listed in Annex 3; and (d) operation and maintenance manuals and calibration certificates have been delivered.
P:5.2 When the tests are passed, the Buyer signs the Final Acceptance Certificate. Installation, use of the data or any payment does not amount to acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective items free of charge, including batteries and solar panels, and shall supply software updates.
P:6.2 During the warranty period the Supplier shall respond to a Severity 1 fault (a gateway down, or the dashboard not receiving data from any station) within one hour by telephone or remote session, and shall have a technician on site within 48 hours. Severity 2 faults (a single station or probe not reporting) receive a response within one business day.
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 400, and for each day by which the on-site visit is late, CNY 1,500.
H:Section 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering repairs, spare parts, recalibration and software updates at 8% of the Hardware and Licence Subtotal per year (CNY 70,096). This fee is fixed for the first two support years after warranty and any later change must be agreed in writing.
P:7.2 Support is ordered by purchase order for each support year and does not renew automatically.
H:Section 8 Data
P:8.1 All measurements, plot maps, yield records and other data collected or stored by the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this contract.
P:8.2 The dashboard shall run on the Buyer's server in Pu'er. Remote access by the Supplier requires the Buyer's approval for each session, uses an encrypted connection and multi-factor authentication, and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Buyer Data, take remedial measures, and compensate the Buyer for losses caused by its failure to comply with this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public business and technical information of the other party received under this contract and shall not disclose it without prior written consent, during the contract and for three years after its end.
H:Section 10 Intellectual Property
P:10.1 Reports, alert rules, dashboard layouts and configuration files made for the Buyer belong to the Buyer, which may modify them and give them to other contractors. The Supplier keeps its rights in the FarmSight software, licensed to the Buyer perpetually.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breaches of Sections 8 and 9, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier may use the local installation company named in Annex 4, approved by the Buyer on signature. Any other subcontracting requires the Buyer's prior written consent.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 15 Final Provisions
P:15.1 The Annexes form part of this contract. The contract is made in English and Chinese in four originals; in case of difference the Chinese version prevails.
P:15.2 Notices under this contract shall be in writing and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice delivered by e-mail is received on the next working day.
P:15.3 Neither party is responsible for a delay caused by events beyond its reasonable control, such as earthquakes, landslides, floods, epidemics or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect. The dates affected are extended by the period of the delay.
P:15.4 Any change to the scope, such as additional stations or probes, requires a written change order signed by both parties stating the price and timetable of the change, using the unit prices in Section 2 where they apply.
P:15.5 The Supplier shall deliver all manuals, calibration certificates and training materials in Chinese; English versions may be supplied in addition.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H357E04 = """# MANAGED BACKUP SERVICES AGREEMENT

Agreement reference: IJS-FS-2025-118

**Between** Foshan Muyun Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China (the "Customer")

**and** IJssel Data Protection B.V., Burgemeester van Roijensingel 9, Zwolle, the Netherlands (the "Provider").

The Customer makes solid-wood and upholstered furniture in three factories and runs its ERP, design and e-commerce systems on servers in Shunde. After a ransomware incident at a peer company, the Customer has decided to buy a managed backup and recovery service. The Provider operates such services for manufacturers in Europe and, through its Guangzhou partner data centre, in China. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 "Protected Systems" means the servers, databases and file shares listed in Schedule 1.
1.2 "Customer Data" means all data of the Customer that is backed up, stored or restored under this Agreement.
1.3 "Service Start Date" means the date on which the Customer signs the Service Acceptance certificate under clause 4.
1.4 "Monthly Charge" means the charge in Schedule 3.
1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
1.6 "Backup Window" means the period between 22:00 and 06:00 Beijing time, or another period agreed in writing for a Protected System.

## 2. Services

2.1 The Provider shall back up the Protected Systems every night and every three hours for the ERP database (as set out in Schedule 1), keep backup copies at the Customer's site and at the Provider's partner data centre in Guangzhou, keep immutable copies for 35 days and monthly copies for 24 months, monitor every backup job, and restore data on request.
2.2 The Provider shall carry out a documented restore test of the ERP system every quarter and report the result to the Customer.
2.3 The Provider shall supply and manage the backup appliance at the Customer's site, which remains the Provider's property.
2.4 The Customer shall provide rack space, power and network connections for the appliance, give the Provider's engineers escorted access to its server room on reasonable notice, and tell the Provider in advance of any change to the Protected Systems that may affect backups.
2.5 The Provider shall send the Customer a monthly service report listing every backup job, failed jobs and reruns, restore requests and their handling, and any credits due. The parties shall hold a service review meeting every quarter, in person in Shunde or by video conference.

## 3. Term

3.1 This Agreement runs for thirty-six months from the Service Start Date (the "Term").
3.2 The Agreement ends at the end of the Term unless the parties agree an extension in writing; it does not renew automatically.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall install the appliance, configure backups for all Protected Systems and complete a full restore test of the ERP system within 45 days after signature.
4.2 Service Acceptance criteria: (a) every Protected System completes backups on seven consecutive nights; (b) a full restore of the ERP database to an isolated server is completed within the recovery time in Schedule 2 and passes the Customer's consistency checks; (c) off-site copies in Guangzhou are verified; (d) the run book is delivered. When the criteria are met, the Customer signs the Service Acceptance certificate. Using the service before that does not count as acceptance.
4.3 If Service Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay.

## 5. Service Levels

5.1 Priorities, response and restore times are set out in Schedule 2.
5.2 Every scheduled backup job must complete successfully; a failed job must be rerun successfully within the next backup window.
5.3 If the Provider misses a response or restore time in Schedule 2 or the backup success level in clause 5.2, the Provider shall credit the Customer as stated in Schedule 2. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. They are fixed for the Term.
6.2 The Provider invoices the onboarding charge after Service Acceptance and the Monthly Charge monthly in arrears. The Customer pays within 30 days after receipt of a correct invoice. No charge is payable in advance.
6.3 Each invoice shall state the agreement reference, the month or item invoiced and the Provider's bank details. Payments are made by bank transfer in CNY, and each party bears its own bank charges.

## 7. Data Protection and Security

7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the services, and shall not access the content of backups except to perform a restore requested by the Customer.
7.2 All backups are encrypted in transit and at rest with keys held by the Customer. Customer Data is stored only in mainland China, at the Customer's site and in the Guangzhou data centre, which holds a level-3 MLPS record. Provider staff access the service only through named accounts with multi-factor authentication, and all access is logged.
7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data, take all reasonable remedial steps, and compensate the Customer for losses caused by the Provider's breach of this clause 7.
7.4 At the end of the Term the Provider shall hand over all backup copies in a readable format and then securely erase Customer Data from its systems and certify the erasure.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including system designs, passwords and commercial terms, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 Run books, backup policies and reports prepared for the Customer belong to the Customer, which may use and modify them and pass them to a successor provider. The Provider keeps its rights in its own tools and software.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term set out in Schedule 3, except for liability for wilful misconduct, gross negligence and breach of clause 7, which is not limited.

## 11. Subcontracting

11.1 The Provider uses its Guangzhou partner data centre named in Schedule 1, which the Customer approves by signing this Agreement. The Provider shall not use any other subcontractor without the Customer's prior written consent.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.
12.2 On termination the Provider shall give the exit assistance in clause 7.4.

## 13. Governing Law and Jurisdiction

13.1 This Agreement is governed by the laws of the Netherlands.
13.2 The District Court of Overijssel, location Zwolle, the Netherlands, has exclusive jurisdiction over any dispute arising out of this Agreement.

## 14. General

14.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
14.2 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next Business Day.
14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
14.4 Adding or removing a Protected System is agreed in a written change order signed by both parties, which updates Schedule 1 and states any change to the charges.

Signed for the Customer: ____________________    Signed for the Provider: ____________________

## Schedule 1 - Protected Systems

ERP database cluster (2 servers), design file server, e-commerce order database, domain controllers, mail archive. Backup schedule: nightly full or incremental; ERP database log backups every three hours; off-site replication to Guangzhou nightly.

## Schedule 2 - Priorities and Service Credits

| Priority | Description | Response | Restore target | Credit if missed |
|---|---|---|---|---|
| P1 | Production restore of ERP or e-commerce after outage or ransomware | 30 minutes, any time | ERP database restored within 6 hours | 5% of the Monthly Charge per late hour |
| P2 | Restore of single files or a non-production system | 2 hours in business hours | Next business day | 2% of the Monthly Charge per late day |
| P3 | Questions and change requests | Next business day | As agreed | None |

Failed backup job not rerun successfully within the next backup window (clause 5.2): credit of 2% of the Monthly Charge per job.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance installation, configuration, acceptance restore test) | once | 42,000 |
| Monthly Charge (service, appliance, off-site storage) | CNY 23,800 x 36 months | 856,800 |
| Total charges for the Term | | 898,800 |
"""

H357E05 = """DRIVER LICENCE VERIFICATION API - SUBSCRIPTION AGREEMENT

Agreement No. LVD-CD-2025-009

PARTIES

(1) Chengdu Tianfu Freight Link Technology Co., Ltd., Gaoxin District, Chengdu, Sichuan Province, People's Republic of China (the "Customer").
(2) Lis Verify, Lda., Rua Barao de Viamonte 22, Leiria, Portugal (the "Vendor").

BACKGROUND

The Customer runs a freight-matching platform on which truck owners and drivers register to carry loads. Before a driver can accept orders, the Customer must confirm that the driver's licence is valid and of the right class. The Vendor provides an application programming interface (the "API") that checks licence details against authorised data sources and returns a result. The parties agree that the Customer subscribes to the API on the terms below. At the Customer's request, all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Check" means one API call that returns a verification result for one driver.
1.2 "Subscription Year" means each consecutive period starting on the Service Start Date or its anniversary.
1.3 "Service Start Date" means the date on which the Customer confirms integration acceptance under clause 4.
1.4 "Customer Data" means all data submitted by the Customer to the API and all results returned to it, including names, licence numbers, identity numbers and photographs of drivers.
1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
1.6 "Dashboard" means the web portal through which the Customer views usage, results, invoices and support requests.
1.7 "Result" means the outcome returned by the API for a Check, namely valid, expired, suspended, class mismatch or not found, together with a reason code.

2. SERVICE

2.1 The Vendor shall provide the API, API keys for test and production, technical documentation, and a dashboard showing usage and results.
2.2 Each Subscription Year includes 600,000 Checks. Checks above that number are charged per Check as stated in the Schedule.
2.3 The Vendor shall provide integration support to the Customer's developers, including a test environment with sample data and a joint review of the Customer's calling code.
2.4 The Vendor will use commercially reasonable efforts to keep the API available and to respond to support requests promptly. Support requests may be made by e-mail or through the dashboard.
2.5 The Customer shall keep its API keys secret, call the API only from its own systems, and submit a driver's details only where the driver has registered on the Customer's platform and has been informed of the check as required by law. The Customer shall use the results only to decide whether a driver may accept orders on its platform.
2.6 The Vendor may release new versions of the API. The Vendor shall give the Customer reasonable advance written notice before withdrawing a version the Customer uses, together with migration notes, and shall keep the documentation up to date.
2.7 The Customer may create up to fifteen Dashboard user accounts and shall deactivate the accounts of staff who leave or change roles.

3. TERM

3.1 The subscription runs for two Subscription Years from the Service Start Date.
3.2 The subscription does not renew automatically. Any renewal requires a written agreement signed by both parties.

4. INTEGRATION ACCEPTANCE

4.1 The Vendor shall complete integration support within 30 days after signature.
4.2 Integration acceptance criteria: (a) 2,000 test Checks return correct results for the sample cases in the Schedule, including expired, suspended and wrong-class licences; (b) the average response time of the API over the test is under two seconds; (c) error codes match the documentation; (d) the Customer's security team has reviewed the data flows. When the criteria are met, the Customer confirms integration acceptance in writing. Production use before that date does not count as acceptance.
4.3 At a kick-off call within five Business Days after signature, the parties shall agree a short integration plan naming the developers on each side, the test dates and the Customer's security reviewer.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule and are fixed for the subscription.
5.2 The integration support fee is invoiced after integration acceptance. Subscription fees are invoiced quarterly in arrears, one quarter of the Subscription Year fee each quarter. Overage Checks are invoiced quarterly in arrears. The Customer pays within 30 days after receiving a correct invoice.
5.3 No amount is payable before the Service Start Date.
5.4 Each invoice shall state the agreement number, the quarter or item invoiced, the number of Checks used in the quarter and the Vendor's bank details. Payments are made by bank transfer in CNY, and each party bears its own bank charges.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to perform the Checks requested by the Customer and shall not use it for any other purpose, including analytics, model training or services to other customers.
6.2 The Vendor shall process Customer Data only on servers located in mainland China, through its Chengdu hosting partner named in the Schedule, and shall not transfer Customer Data outside mainland China.
6.3 The Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and delete request data within seven days after returning each result. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
6.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take remedial measures, cooperate with the Customer's notifications to authorities and drivers, and compensate the Customer for all losses, fines and costs caused by the incident where the Vendor is at fault.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's driver numbers, volumes and business plans and the Vendor's technical documentation, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the subscription.

8. INTELLECTUAL PROPERTY

8.1 The Vendor keeps all rights in the API and its software.
8.2 Field mappings, integration code samples and test scripts prepared by the Vendor for the Customer belong to the Customer, which may use and modify them freely.
8.3 The Vendor shall defend the Customer against any claim that the API or its documentation infringes a third party's rights, and shall bear the resulting costs and damages.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the total fees payable under the Schedule, except for liability under clause 6 and for wilful misconduct, which is not limited.
9.2 Neither party is liable for indirect loss or loss of profit.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the service without the Customer's prior written consent, except the Chengdu hosting partner named in the Schedule, which the Customer approves by signing this Agreement.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
11.2 The Customer may also terminate by written notice if a competent authority withdraws the Vendor's access to the data sources used for the Checks.
11.3 On expiry or termination the Vendor shall deactivate the API keys, provide a final usage statement and issue a final invoice for Checks used up to that date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above. 13.2 This Agreement, with the Schedule, is the entire agreement of the parties on its subject matter. 13.3 Amendments must be in writing and signed by both parties.
13.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
13.5 Neither party shall offer or give any bribe, kickback or other improper benefit to the employees of the other party in connection with this Agreement.
13.6 If any provision of this Agreement is held invalid, the remaining provisions stay in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
13.7 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.

SCHEDULE - FEES, SAMPLE CASES AND HOSTING PARTNER

Subscription fee: CNY 148,000 per Subscription Year x 2 Subscription Years = CNY 296,000.
Integration support fee (one time): CNY 18,000.
Total contract value: CNY 314,000.
Overage: CNY 0.21 per Check above 600,000 Checks in a Subscription Year.
Sample cases: valid class A2 licence; valid class C1 licence; expired licence; suspended licence; licence class below A2 for a heavy truck; mismatched name and licence number.
Hosting partner: Chengdu Rongcloud Data Services Co., Ltd.
Contacts: for the Customer, the Head of Driver Operations (operational matters) and the Legal Department (notices); for the Vendor, the Customer Integration Lead (operational matters) and the Managing Partner in Leiria (notices).

For the Customer: ____________________    For the Vendor: ____________________
Date: ____________________
"""

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# name, stem, ext, lang, category, terms (over OK), extra, rules
C = {}
C["h357z01"] = ("h357z01_civil_affairs_social_assistance_platform", "pdf", "zh", "software",
    dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=596000 / 2980000 * 100, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=10, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2980000), [])
C["h357z02"] = ("h357z02_tyre_plant_curing_press_control_retrofit", "docx", "zh", "hardware",
    dict(availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1940000), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
C["h357z03"] = ("h357z03_pet_hospital_chain_records_booking_saas", "txt", "zh", "cloud",
    dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=664000),
    ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"])
C["h357z04"] = ("h357z04_cdc_immunisation_system_annual_om", "txt", "zh", "services",
    dict(availability_pct=None, p1_response_hours=6, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         termination_for_breach=False, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
    ["CR-SLA-RESPONSE", "CR-TERMINATION"])
C["h357z05"] = ("h357z05_luosifen_factory_wms_supplier_template", "md", "zh", "software",
    dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
         ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
         final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=850000),
    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
     "CR-WARRANTY"])
C["h357e01"] = ("h357e01_embroidery_studio_stitch_design_licences_greek_vendor", "pdf", "en", "software",
    dict(availability_pct=None, p1_response_hours=2, confidentiality=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=150, prepayment_pct=86000 / 430000 * 100, final_payment_on_acceptance=True,
         warranty_months=3, post_warranty_fee_pct=11, governing_law="Greece", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=430000), ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-WARRANTY"])
C["h357e02"] = ("h357e02_cable_car_booking_saas_order_form_croatian_vendor", "md", "en", "cloud",
    dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=500 / 436000 * 100,
         liability_cap_pct=6 / 24 * 100, prepayment_pct=250000 / 436000 * 100, final_payment_on_acceptance=None,
         warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
    ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"])
C["h357e03"] = ("h357e03_coffee_farm_weather_sensors_polish_integrator", "docx", "en", "hardware",
    dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1002000), [])
C["h357e04"] = ("h357e04_furniture_maker_managed_backup_dutch_provider", "md", "en", "cloud",
    dict(availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 898800 * 100, liability_cap_pct=150,
         prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         governing_law="Netherlands", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=898800),
    ["CR-GOVERNING-LAW"])
C["h357e05"] = ("h357e05_logistics_driver_licence_check_api_portuguese_vendor", "txt", "en", "cloud",
    dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None,
         liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, contract_kind="service"),
    dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=314000),
    ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

SRC = {"h357z01": H357Z01, "h357z02": H357Z02, "h357z03": H357Z03, "h357z04": H357Z04, "h357z05": H357Z05,
       "h357e01": H357E01, "h357e02": H357E02, "h357e03": H357E03, "h357e04": H357E04, "h357e05": H357E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# TCO (policy section 4): fee base = itemised licence / hardware subtotal; post-warranty years = 5 - warranty years
TCO = {"h357z01": (2980000, 1260000), "h357z02": (1940000, 1700000), "h357e01": (430000, 333000),
       "h357e03": (1002000, 876200)}


def tco_share(key):
    value, base = TCO[key]
    t = C[key][4]
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, 5 - t["warranty_months"] / 12)
    return value + fee * years, fee * years / (value + fee * years) * 100


# threshold figures: digits, Chinese numerals, words
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    ("avail 99.9", NUM + r"99\.90*(?!\d)"),
    ("P1 4h", NUM + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)"),
    ("P1 4h", r"(?<![十一二三四五六七八九零〇两\d])四个?小时"),
    ("P1 4h", r"\bfour[\s-]*hours?\b"),
    ("P1 4h", NUM + r"240\s*(?:minutes?|mins?|分钟)"),
    ("P1 4h", r"二百四十分钟"),
    ("LD 0.05", NUM + r"0\.050*(?!\d)" + PCT),
    ("LD 0.05", r"万分之五(?![十])"),
    ("LD 0.05", r"千分之零点五"),
    ("cap 100", NUM + r"100(?:\.0+)?(?!\d)" + PCT),
    ("cap 100", r"百分之(?:一)?百"),
    ("cap 100", r"one\s*hundred" + PCT),
    ("prepay 30", NUM + r"30(?:\.0+)?(?!\d)" + PCT),
    ("prepay 30", r"百分之三十(?![一二三四五六七八九])"),
    ("prepay 30", r"三成"),
    ("prepay 30", r"\bthirty" + PCT),
    ("warranty 12", NUM + r"12\s*(?:-\s*)?(?:months?|个月)"),
    ("warranty 12", r"(?<![一二三四五六七八九十])十二个月"),
    ("warranty 12", r"\btwelve[\s-]*months?"),
    ("warranty 12", r"\bone[\s-]*years?\b"),
    ("warranty 12", r"\ba\s+year\b"),
    ("warranty 12", NUM + r"1\s*(?:-\s*)?years?\b"),
    ("warranty 12", r"(?<![〇零一二三四五六七八九十])一年"),
    ("pwf 15", NUM + r"15(?:\.0+)?(?!\d)" + PCT),
    ("pwf 15", r"百分之十五(?![一二三四五六七八九])"),
    ("pwf 15", r"\bfifteen" + PCT),
    ("TCO 40", NUM + r"40(?:\.0+)?(?!\d)" + PCT),
    ("TCO 40", r"百分之四十(?![一二三四五六七八九])"),
    ("TCO 40", r"四成"),
    ("TCO 40", r"\bforty" + PCT),
    ("5 years", NUM + r"5\s*(?:-\s*)?(?:years?\b|年)"),
    ("5 years", r"\bfive[\s-]*years?\b"),
    ("5 years", r"(?<![〇零一二三四五六七八九十\d])五年"),
    ("5 years", NUM + r"60\s*(?:-\s*)?(?:months?|个月)"),
    ("5 years", r"\bsixty[\s-]*months?"),
    ("5 years", r"六十个月"),
]
BAD_RE = [(n, re.compile(p, re.I)) for n, p in BAD]
MUST_HIT = ["4小时", "四小时", "4 hours", "four hours", "240分钟", "240 minutes", "99.9%", "0.05%", "万分之五", "100%",
            "百分之百", "100 per cent", "30%", "百分之三十", "三成", "thirty per cent", "12个月", "十二个月", "12 months",
            "twelve months", "one year", "一年", "15%", "百分之十五", "40%", "百分之四十", "五年", "5 years", "five years",
            "60 months", "5年", "4 h"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "0.5%", "130%",
             "35%", "145%", "1,300%", "112 months", "1,240 minutes", "二十二个月", "百分之三十五", "十一年", "0.055%",
             "14 hours", "25 years", "160 months", "400%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in BAD_RE:
            for m in rx.finditer(variant):
                out.append((n, m.group(0)))
    return sorted(set(out))


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for _, rx in BAD_RE), ("should hit", s)
    for s in MUST_MISS:
        assert not any(rx.search(s) for _, rx in BAD_RE), ("should miss", s)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    stem, ext, lang, cat, t, extra, rules = C[key]
    terms = dict(OK)
    terms.update(t)
    d = {"file": stem + "." + ext, "language": lang, "category": cat,
         "expected_terms": {k: terms[k] for k in TERM_KEYS},
         "expected_extra": extra, "expected_rules": sorted(rules)}
    return d


def check_label(key, d):
    t = d["expected_terms"]
    off = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
           ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
           ("post_warranty_fee_pct", 15)]
    for k, thr in off:
        if t[k] is not None:
            assert abs(t[k] - thr) > 1e-6, (key, k)
    if key in TCO:
        total, share = tco_share(key)
        assert abs(share - 40) > 1, (key, share)
        assert ("CR-TCO-SERVICE-SHARE" in d["expected_rules"]) == (share > 40), key
    if t["warranty_months"] == 60:
        raise AssertionError(key)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    docs = {k: SRC[k] for k in C if C[k][1] in ("docx", "pdf")}
    targets = {k: (C[k][0] + "." + C[k][1], C[k][1]) for k in docs}
    write(docs, targets, OUT, wrap_words=True)
    for k in C:
        stem, ext = C[k][0], C[k][1]
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    seen = set()
    for k in C:
        stem, ext, lang = C[k][0], C[k][1], C[k][2]
        d = label(k)
        check_label(k, d)
        (OUT / (stem + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = len(text) if lang == "zh" else len(text.split())
        bad = hits(text) + hits(SRC[k])
        seen.update(d["expected_rules"])
        tco = " TCO %.0f share %.2f%%" % tco_share(k) if k in TCO else ""
        print("%s %s n=%d risk=%s rules=%s%s" % (k, ext, n, risk(d["expected_rules"]), d["expected_rules"], tco))
        if bad:
            print("   THRESHOLD HITS:", bad)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        assert lo <= n <= hi, ("LENGTH OUT OF RANGE", k, n)
    assert seen == set(ALL_RULES), set(ALL_RULES) - seen
    print("all 20 rules covered")
