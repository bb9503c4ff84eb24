"""holdout384: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md, with their labels.
Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf via ../word_pdf.py write(..., wrap_words=True)), the ten
.json labels, reads every built file back, checks lengths, threshold figures, sums and the rule coverage."""
import sys; sys.dont_write_bytecode = True
import json
import re
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

H384Z01 = """T:不动产测绘成果管理平台采购合同
P:合同编号：QSZRJ-2025-CG-0417　　采购方式：公开招标（项目编号 QSZC2025-118）
P:甲方（采购人）：青石市自然资源局　　地址：青石市滨江路88号
P:乙方（供应商）：北斗图码信息技术有限公司　　地址：青石市高新区云杉大道207号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就不动产测绘成果管理平台的采购、定制开发、数据入库及实施事宜订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供不动产测绘成果管理平台软件（含成果汇交、质检、入库、查询统计及共享交换模块）的永久使用许可，并按甲方需求完成定制开发、历史成果数据整理入库、部署实施与培训。
P:1.2 合同价款明细如下（人民币，含税）：
TB:序号|项目|金额（元）
TB:1|平台软件许可（不限用户数，永久）|1,180,000
TB:2|定制开发（宗地图自动质检、成果比对、与登记系统接口）|736,000
TB:3|历史测绘成果整理入库（约4.6万宗）|312,000
TB:4|部署实施与培训|84,000
TB:合计|大写：贰佰叁拾壹万贰仟元整|2,312,000
P:1.3 上述价款为固定总价，已包括软件、开发、数据处理、差旅、税费及乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后120日内完成平台部署、定制开发及数据入库，并提交初验申请；交付地点为甲方机房及甲方指定的办公场所。
P:2.2 乙方应按经甲方确认的实施方案组织实施，每周向甲方报送进度周报；实施中发现需求变更的，须经双方书面确认后方可执行。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币462,400元。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即人民币1,040,400元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币809,200元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；甲方通过国库集中支付方式付款。
H:第四条 验收
P:4.1 初验：乙方完成部署、开发及入库后提出申请，甲方组织初验。初验标准为：招标文件功能清单逐项通过测试；抽取不少于5%的入库宗地与纸质成果逐项比对，图形、属性差错率不高于千分之三；与不动产登记系统接口连续运行10日无数据丢失；200名并发用户下查询响应时间不超过3秒。
P:4.2 试运行与最终验收：初验合格后进入90日试运行。试运行期间未发生一级故障，且乙方已移交全部源代码、数据库设计文档、运维手册的，甲方组织专家进行最终验收，并出具书面验收报告。
P:4.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新申请验收。
H:第五条 质量保证与运维服务
P:5.1 质保期为自最终验收合格之日起三年。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及每季度一次的现场巡检。
P:5.2 故障分级及响应：一级故障（平台整体不可用或成果数据无法读写）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一工作日内处理。
P:5.3 平台在质保期内的月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:5.4 乙方响应或恢复超时的，每超时1小时扣减履约保证金1,000元；月度可用率低于约定值的，每低0.01个百分点扣减2,000元。
P:5.5 质保期满后，如甲方需要继续维护，维护服务费每个服务年度不超过平台软件许可费的10%（即不超过118,000元），并在质保期满后前两个服务年度内保持不变；维护合同到期不自动续期。
H:第六条 知识产权
P:6.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的程序、接口、质检规则、数据整理脚本及其源代码和文档，知识产权归甲方所有；甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
P:6.3 乙方保证其提供的软件不侵犯任何第三方的知识产权，因侵权引起的纠纷和损失由乙方承担。
H:第七条 数据安全
P:7.1 本项目涉及的不动产测绘成果、权利人信息及系统日志等全部数据归甲方所有，乙方仅可为履行本合同而处理，不得用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求：在甲方内网环境实施，经堡垒机操作并留存审计日志；未经甲方书面批准不得拷贝、导出任何数据；实施人员须签署数据安全承诺书。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政责任。
H:第八条 保密
P:8.1 双方对在履行本合同过程中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:8.2 保密义务不因本合同终止而解除，持续至相关信息依法公开之时。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:9.2 乙方交付的成果不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十条 分包
P:10.1 本项目不得分包或转包。乙方擅自分包或转包的，甲方有权解除合同并要求乙方赔偿损失。
H:第十一条 合同解除
P:11.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.0 乙方应指定具有测绘信息系统实施经验的项目经理常驻甲方现场，未经甲方同意不得更换；甲方认为实施人员不能胜任的，有权要求乙方在5个工作日内更换。
P:13.1 招标文件、投标文件、中标通知书及双方确认的实施方案均为本合同的组成部分，与本合同具有同等效力。
P:13.2 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：青石市自然资源局　　　　乙方（盖章）：北斗图码信息技术有限公司
P:授权代表：__________　　　　授权代表：__________
P:签订日期：2025年5月　日　　　　签订地点：青石市
"""

H384Z02 = """T:压榨精炼线控制系统改造合同
P:合同编号：JXYY-ZD-2025-026
P:甲方（买方）：金穗粮油食品有限公司（花生油厂）　　地址：临沂市莒南县工业园汇丰路6号
P:乙方（卖方）：鲁控自动化工程有限公司　　地址：济南市历城区科航路1601号
P:鉴于甲方拟对一车间花生压榨及二车间精炼（脱胶、脱酸、脱色、脱臭）生产线的控制系统进行改造，乙方具备相应的设计、供货和工程实施能力，双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围与合同价格
P:（一）乙方负责原有继电器及单回路仪表控制的改造，新建一套集散控制系统（DCS），覆盖蒸炒、压榨、浸出尾气回收及精炼各工段，并完成组态编程、安装、停产切换、调试和培训。
P:（二）合同价格明细见下表（人民币元，含13%增值税）：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O卡件（含冗余电源）|1套|868,000
TB:2|操作员站、工程师站及网络设备|5台|126,000
TB:3|现场仪表（温度、压力、液位、流量）|168台|412,000
TB:4|DCS控制软件及报表软件许可|1套|236,000
TB:软硬件小计|||1,642,000
TB:5|组态编程及联调|1项|318,000
TB:6|安装及停产切换|1项|174,000
TB:7|操作与维护培训|1项|26,000
TB:合同总价|||2,160,000
P:（三）合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训、税费及乙方完成工作所需的一切费用。
H:二、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方厂区并开箱清点；到货签收仅表示数量和外观相符，不代表质量验收。
P:（二）停产切换安排在甲方年度检修期内进行，切换工期不超过12天；乙方应提前提交切换方案及应急回退方案，经甲方生产部和安环部批准后实施。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方向乙方支付合同总价的45%作为预付款，计人民币972,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，计人民币756,000元。
P:（三）系统通过最终验收后，甲方支付合同总价的16%，计人民币345,600元。
P:（四）余款即合同总价的4%（86,400元）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、验收
P:（一）验收标准：全部I/O点逐点核对正确；控制回路投自动率不低于95%；精炼脱臭温度控制偏差不超过±1.5℃；安全联锁（浸出车间溶剂浓度、蒸汽压力超限）逐项试验动作正确；系统连续带负荷运行15天无停车事故。
P:（二）上述条件满足后，乙方书面提出验收申请，甲方组织生产、设备、安环部门联合验收并签署验收证书。设备安装、投入生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改完毕并重新组织验收，由此产生的费用由乙方承担。
H:五、质量保证
P:（一）质保期为最终验收合格之日起二十四个月。质保期内设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（导致停产或安全联锁失效）乙方应在30分钟内远程响应，6小时内到达现场；二级故障（单一回路或单台设备故障）2小时内响应，24小时内到场处理。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付2,000元违约金，从质量保证金中扣除。
H:六、质保期后的维保服务
P:（一）质保期满后，乙方应继续提供维保服务（含备件供应、定期巡检和软件升级），甲方按年支付维保费。
P:（二）维保费按软硬件小计的18%每个服务年度计取，即每个服务年度295,560元，质保期满后三个服务年度内不作调整。
P:（三）维保服务的故障响应时限与本合同第五条第（二）项相同。
H:七、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、画面、报表模板及全部工程文件，知识产权归甲方所有，乙方应在验收时一并移交电子版；甲方可自行修改或委托他人修改。
P:（二）DCS系统软件及报表软件的著作权仍归原厂，乙方保证甲方取得永久使用许可。
H:八、数据与网络安全
P:（一）生产工艺参数、配方、产量及能耗数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）控制网络与办公网之间应设置工业防火墙；乙方远程维护须经甲方逐次审批，通过甲方指定的堡垒机接入并记录操作日志，维护结束即断开。
P:（三）因乙方原因造成数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并负责恢复，承担由此造成的全部损失。
H:九、保密
P:乙方对在本合同履行中知悉的甲方生产工艺、配方、经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露；本条义务在合同终止后三年内继续有效。
H:十、违约责任与责任限额
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第八条、第九条造成的损失不受此限。
H:十一、分包
P:乙方不得转包。仪表电缆桥架敷设等辅助工程确需分包的，须事先取得甲方书面同意，乙方对分包方的工作向甲方承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内未能纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临沂仲裁委员会仲裁。
H:十四、人员与现场安全
P:（一）乙方进入甲方厂区的人员应遵守甲方安全生产、防火防爆及食品卫生管理制度，浸出车间及罐区动火、登高、受限空间作业须办理作业许可，并由甲方安全员现场监护。
P:（二）乙方应为现场人员办理工伤或意外伤害保险；因乙方人员违章作业造成的人身伤害和财产损失，由乙方负责。
P:（三）乙方项目经理及调试工程师名单作为合同附件，未经甲方同意不得更换；甲方认为人员不能胜任的，有权要求乙方更换。
H:十五、技术资料与培训
P:（一）乙方应在验收前向甲方移交系统操作手册、维护手册、I/O清单、控制回路说明、联锁逻辑图、竣工图纸及备件清单，纸质版两套、电子版一套。
P:（二）乙方应对甲方操作人员和仪表维修人员分别进行培训，确保其能够独立完成日常操作、回路整定和一般故障处理，培训效果经甲方考核确认。
H:十六、不可抗力
P:因地震、洪水、火灾、疫情等不可抗力导致不能按期履行的，受影响方应在事件发生后5日内书面通知对方，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否解除合同。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、设备清单为本合同附件。
P:甲方：金穗粮油食品有限公司（盖章）　　乙方：鲁控自动化工程有限公司（盖章）
P:代表签字：__________　　代表签字：__________　　日期：2025年6月　日
"""

H384Z03 = """宠物寄养门店预约及会员管理系统服务合同

合同编号：PPJ-SaaS-2025-0609

甲方（客户）：暖爪宠物服务连锁有限公司
住所：成都市武侯区锦绣路217号
乙方（服务商）：云栖小筑软件科技有限公司
住所：杭州市余杭区文一西路998号5幢

甲方在成都、重庆、贵阳三地经营35家宠物寄养及洗护门店，拟采用乙方的“小筑宠约”云服务平台，统一管理寄养预约、房位、会员储值与积分、疫苗及健康档案、门店收银。双方经协商，订立本合同。

第一条 服务内容
（1）乙方以软件即服务（SaaS）方式向甲方35家门店及总部提供“小筑宠约”平台的预约、会员、房态、收银、营销及经营报表功能，开通门店账号35个、总部管理账号10个。
（2）乙方负责实施服务：按甲方业务流程完成平台配置、会员等级与储值规则设置、历史会员及宠物档案（约6.8万条）迁移、与甲方小程序和聚合支付渠道对接，以及门店店长和前台培训。
（3）服务期为三个服务年度，第一个服务年度自上线验收合格之日起算。

第二条 服务费用
（1）订阅费：每个服务年度人民币286,000元（35家门店，每店每个服务年度8,171.43元，含总部账号），三个服务年度合计858,000元。
（2）实施费：人民币96,000元，一次性支付。
（3）合同总价：人民币954,000元（含6%增值税）。短信条数超出套餐部分按实际用量另行结算，不计入合同总价。
（4）服务期内新增门店的，按每店每个服务年度8,200元另行签订补充协议。

第三条 付款方式
（1）实施费在上线验收合格后15个工作日内支付。
（2）各服务年度的订阅费在该服务年度开始后15个工作日内支付。
（3）甲方在上线验收之前不支付任何款项。乙方应在收款前开具增值税专用发票。

第四条 上线验收
（1）乙方应在合同签订后45日内完成配置、数据迁移和接口对接，并向甲方提交上线验收申请。
（2）验收标准：历史会员、储值余额和宠物档案迁移后逐条核对一致，余额差异为零；预约、入住、退房、收银、退款等主流程在5家试点门店连续运行10日无一级故障；小程序预约到店成功率不低于98%；报表数据与收银流水核对一致。
（3）甲方在5个工作日内出具书面验收意见。试点门店试用或甲方支付任何费用均不视为验收合格。

第五条 服务水平
（1）平台月度可用率不低于99.5%（经甲方同意的计划内维护除外，计划维护应安排在凌晨1点至5点之间）。
（2）故障分级：一级故障指全部或多家门店无法预约、收银或会员扣款异常，乙方应在30分钟内响应，3小时内恢复；二级故障指单店或单一功能异常，2小时内响应，当日解决；一般咨询在1个工作日内答复。
（3）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月订阅费（服务年度订阅费的十二分之一）的5%给予服务抵扣；一级故障响应或恢复超时的，每次抵扣当月订阅费的3%。抵扣在下一期订阅费中扣减。

第六条 数据归属与数据安全
（1）甲方会员信息、宠物档案、交易流水及门店经营数据的所有权归甲方，乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他任何目的。
（2）乙方应将甲方数据存储于中国境内，采用传输和存储加密、按角色分配权限、操作日志留存不少于六个月等安全措施，平台应通过网络安全等级保护三级测评。
（3）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方，采取补救措施，并承担因其原因给甲方及会员造成的全部损失。
（4）服务期满或合同终止后30日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后彻底删除。

第七条 知识产权
（1）“小筑宠约”平台及其底层软件的知识产权归乙方所有。
（2）乙方为甲方专门制作的会员等级规则、营销活动模板、报表模板及对接程序，知识产权归甲方所有，甲方可自由使用和修改。

第八条 服务的外包
乙方可将短信发送、支付通道对接、机房托管等部分服务交由第三方服务商完成，但应提前10日通知甲方；乙方对第三方服务商的行为承担责任。

第九条 违约责任
（1）乙方未能在第四条第（1）项约定期限内完成上线的，每逾期一日向甲方支付违约金800元。
（2）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事故造成的损失不受此限。

第十条 合同期限与终止
（1）服务期满本合同终止，不自动续期；双方如需续订，应在期满前60日另行协商签订合同。
（2）乙方严重违约（包括连续两个月可用率低于约定值），经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（3）甲方严重违约经催告仍不改正的，乙方可解除合同。

第十一条 甲方的配合义务
（1）甲方应指定项目联系人，按乙方实施计划及时提供门店清单、会员数据、价格体系及业务规则，并组织门店人员参加培训。
（2）甲方应负责门店终端设备、网络及打印机的配置，确保满足平台运行的基本要求；甲方自行采购的硬件出现故障，不属于乙方服务范围。
（3）甲方应妥善保管管理员账号及密码，因甲方原因造成的账号被盗用，由甲方自行承担责任。

第十二条 服务变更
（1）服务期内乙方对平台进行版本升级的，应提前7日通知甲方，升级不得减少本合同约定的功能，不得降低服务水平。
（2）甲方需要新增功能或调整业务流程的，双方另行评估工作量并书面确认，费用以补充协议为准。
（3）服务期满或合同终止时，乙方应配合甲方将数据迁移至甲方指定的系统，配合期不少于30日，期间平台保持只读访问。

第十三条 培训与客户成功服务
（1）乙方应在上线前为35家门店的店长和前台分批组织线上培训，并在成都、重庆、贵阳各安排一次现场培训，培训内容包括预约接待、入住退房、会员储值、收银对账及常见问题处理。
（2）服务期内乙方为甲方指定一名客户成功经理，每季度回访一次，结合甲方经营数据提出系统使用改进建议，并协助甲方开展会员营销活动的配置。
（3）乙方提供工作日9点至21点的在线客服和电话支持，节假日寄养高峰期间（春节、国庆）延长至22点。
（4）乙方应在每月前5个工作日内向甲方发送上月服务报告，列明平台可用率、故障及处理时长、服务抵扣金额、版本更新内容及各门店的账号使用情况，甲方对报告有异议的，双方在10个工作日内核对确认。

第十四条 不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任。

第十五条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。

第十六条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：实施计划。

甲方（盖章）：暖爪宠物服务连锁有限公司　　授权代表：
乙方（盖章）：云栖小筑软件科技有限公司　　授权代表：
日期：2025年6月　日
"""

H384Z04 = """政府采购合同
（服务类）

项目名称：2025—2026年度城区交通信号控制系统运维服务
采购方式：竞争性磋商　　采购项目编号：HZCG-2025-C-0332
合同编号：HZJT-YW-2025-11

采购人（甲方）：河州市交通运输局
地址：河州市人民南路40号
供应商（乙方）：通衢智能交通工程有限公司
地址：河州市经济开发区创业路9号

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城区交通信号控制系统运维服务达成如下协议。

1. 服务范围
1.1 服务对象：城区286个信号控制路口的信号机、检测器（线圈、视频、雷达）、倒计时器、通信设备，以及交通信号控制中心的中心平台、数据库服务器和大屏显示系统。
1.2 服务内容：日常巡检、故障抢修、配时方案调整配合、备品备件供应、中心系统运维及驻场值守。
1.3 服务期：自2025年7月1日起至2026年6月30日止。

2. 合同金额
2.1 本合同总金额为人民币1,276,000元（大写：壹佰贰拾柒万陆仟元整），由以下部分组成：
（1）路口设备维护：286个路口×2,600元＝743,600元；
（2）中心平台及数据库运维：218,000元；
（3）备品备件包干：126,400元；
（4）驻场值守（2人，7×24小时轮班）：188,000元。
2.2 合同金额为包干价，服务期内不因人工、材料价格变动而调整。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付：每季度结束后，经甲方对当季服务考核合格，乙方开具发票，甲方在15个工作日内支付合同总金额的25%。
3.3 甲方通过财政国库集中支付。

4. 服务要求
4.1 巡检：乙方每月对全部路口设备巡检一次，每季度对中心平台进行一次全面健康检查，并提交巡检报告。
4.2 故障分级：一级故障指主干道路口信号灭灯、黄闪、相位冲突或中心平台瘫痪；二级故障指检测器、倒计时器失效或单个路口通信中断；三级故障指不影响通行的其他故障。
4.3 响应时限：一级故障乙方接报后15分钟内响应，1小时内到达现场，3小时内恢复正常运行；二级故障30分钟内响应，8小时内修复；三级故障48小时内修复。
4.4 乙方未达到第4.3条时限的，甲方可书面通知乙方限期整改，乙方应在整改期内提交原因分析及改进措施。
4.5 重大活动、节假日及恶劣天气期间，乙方应按甲方要求增派人员现场保障。

5. 服务考核与验收
5.1 甲方每季度根据巡检记录、工单系统数据和路口抽查结果对乙方服务进行考核，考核内容包括巡检完成率、故障按时修复率、路口设备完好率（不低于98%）和中心平台运行情况。
5.2 服务期满后，甲方组织年度验收：服务期内全部路口设备完好率达标、无因乙方原因导致的安全事故、技术档案及备件台账移交完整的，视为验收合格，甲方出具验收报告。
5.3 季度考核或年度验收不合格的，乙方应在15日内整改，整改后再行考核。

6. 数据与成果
6.1 服务期内形成的配时方案、路口流量数据、设备台账、巡检记录、工单及系统日志均归甲方所有。乙方仅可为履行本合同使用上述资料，不得用于其他目的。
6.2 乙方在服务期内编制的运维手册、巡检报告及技术方案，知识产权归甲方所有。

7. 保密
7.1 乙方对履行本合同中接触到的甲方工作秘密、信号控制系统的网络结构、账号口令及未公开的交通管理信息负有保密义务，未经甲方书面同意不得向任何单位和个人披露。
7.2 乙方应与参与本项目的全部人员签订保密承诺书。保密义务在合同终止后三年内继续有效。

8. 分包
8.1 本项目不允许分包和转包。

9. 违约责任
9.1 乙方未按第4.1条完成月度或季度巡检，或未按期提交巡检报告的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
9.2 因乙方维护不当造成设备损坏或交通事故的，乙方应承担修复费用及相应赔偿责任。
9.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。

10. 合同解除
10.1 乙方严重违反本合同约定，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
10.2 乙方连续两个季度考核不合格的，甲方有权解除合同。

11. 安全生产
11.1 乙方在道路上作业时应按规定设置安全警示标志，作业人员穿戴反光服，并遵守交通管理部门的现场管理要求。
11.2 乙方应为作业人员办理意外伤害保险，作业期间发生的人身伤亡由乙方负责。

12. 人员与管理
12.1 乙方应配备不少于8名专业运维人员，其中项目负责人应具有交通工程或电子信息类中级以上职称，驻场人员名单报甲方备案，未经甲方同意不得更换。
12.2 乙方应建立运维工单制度，故障报修、派单、到场、修复及回访的时间节点全部记录于甲方指定的工单系统，并按月提交运维月报，内容包括故障统计、设备完好率、备件消耗及改进建议。
12.3 乙方应在每年汛期和冬季前对路口机柜防水、接地及供电情况进行专项检查，发现隐患及时处理并书面报告甲方。
12.4 乙方对配时方案的调整应严格按照甲方下达的书面指令执行，不得擅自修改路口信号配时参数。
12.5 乙方应配备抢修车辆不少于3辆、高空作业车1辆，车辆标识统一，并配备必要的检测仪器和交通疏导器材；抢修期间应与交警部门保持联系，做好现场交通疏导。

13. 廉洁与检查
13.1 乙方及其人员不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益；违反的，甲方有权解除合同并按政府采购有关规定处理。
13.2 甲方及审计、财政部门有权对本项目的服务记录、人员考勤、备件采购及使用情况进行检查，乙方应如实提供资料并予以配合。
13.3 备品备件包干范围内的信号灯组、倒计时器、检测器板卡等由乙方负责采购、保管和更换，更换下来的旧件应登记造册后交甲方处置；包干范围以外的大修或改造项目，由甲方另行安排。

14. 合同期满
14.1 服务期满本合同自然终止，不自动续期。下一服务期的运维服务由甲方依法另行采购。
14.2 合同终止时，乙方应在10日内移交全部技术资料、账号口令和剩余备品备件，并配合新的运维单位完成交接。

15. 适用法律与争议解决
15.1 本合同适用中华人民共和国法律。
15.2 因本合同引起的争议，双方协商解决；协商不成的，向河州市人民法院提起诉讼。

16. 其他
16.1 竞争性磋商文件、乙方响应文件及成交通知书是本合同的组成部分。
16.2 本合同一式五份，甲方三份、乙方一份、政府采购监管部门一份，自双方签字盖章之日起生效。

甲方（盖章）：河州市交通运输局　　　　乙方（盖章）：通衢智能交通工程有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
签订日期：2025年6月　日
"""

H384Z05 = """# 食品质量追溯系统软件许可及开发合同

**码上溯科技标准合同文本 V4.0**（本文本由乙方提供）

合同编号：MSS-2025-HT-0587

- 甲方（需方）：甜乡果脯食品有限公司，地址：广东省潮州市潮安区凤塘镇工业区12号
- 乙方（供方）：码上溯科技（深圳）有限公司，地址：深圳市南山区科技园北区朗山路16号

甲方为满足出口及国内商超对果脯、凉果产品的追溯要求，拟采购乙方“码上溯”食品追溯平台软件并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 合同标的及价款

1.1 乙方向甲方提供“码上溯”食品追溯平台软件（V4.0）的永久使用许可，并根据甲方需求进行定制开发和部署实施。

1.2 合同价款如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 追溯平台软件许可 | 原料、生产、仓储、销售追溯模块，永久许可 | 960,000 |
| 2 | 定制开发 | 一物一码赋码、腌制批次管理、质检系统对接 | 240,000 |
| 3 | 部署实施 | 安装部署、基础数据初始化、操作培训 | 80,000 |
|  | 合计 |  | 1,280,000 |

1.3 以上价格含税。

## 第二条 交付

2.1 乙方在收到预付款后90日内完成软件部署、定制开发及上线。

2.2 甲方应按乙方要求提供场地、网络、服务器及业务资料；因甲方原因延误的，交付期限相应顺延。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的65%作为预付款，即832,000元。乙方收到预付款后开始工作。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即448,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方并有权暂停服务。

## 第四条 验收

4.1 系统部署完成并上线运行后，即视为甲方验收合格。

4.2 甲方在上线后对系统提出的修改意见，乙方在免费维护期内酌情处理。

## 第五条 免费维护期

5.1 免费维护期为自系统上线之日起六个月。

5.2 维护期内，乙方提供远程技术支持及软件缺陷修复。

5.3 故障响应：一级故障（系统无法赋码或追溯查询中断）乙方在8小时内响应；其他故障在2个工作日内响应。

5.4 乙方将尽力按上述时限处理故障，但不因响应或处理超时承担扣款、赔偿或违约责任。

## 第六条 维护期满后的年度维护

6.1 免费维护期满后，甲方如需乙方继续提供技术支持和升级服务，应与乙方签订年度维护合同。

6.2 年度维护费为追溯平台软件许可费的25%，即每个服务年度240,000元，逐个服务年度签订和支付。

## 第七条 知识产权

7.1 追溯平台软件的著作权及相关知识产权归乙方所有。

7.2 乙方为甲方定制开发的赋码程序、批次管理模块、对接程序、数据模型及其源代码、文档，知识产权均归乙方所有。甲方在本合同期内享有非独占的使用权，未经乙方书面同意不得修改、反编译或提供给第三方。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方应采取访问控制、加密存储、操作审计等安全措施保护甲方数据；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

8.3 甲方同意，乙方可对甲方数据进行脱敏、汇总处理后，用于乙方产品优化、行业分析报告及向其他客户提供的对标服务，该等使用在合同终止后仍可继续。

## 第九条 保密

9.1 双方对本合同内容及履行中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，法律法规另有规定的除外。

9.2 保密义务在本合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未改正的，守约方可以解除本合同。

11.2 合同解除的，甲方已支付的预付款中乙方已投入工作部分不予退还。

## 第十二条 甲方义务

12.1 甲方应指定专人负责项目对接，及时提供原料供应商、产品规格、生产工艺、包装规格、质检标准等基础资料，并对资料的真实性、准确性负责。

12.2 甲方应自行采购并维护服务器、网络、赋码打印设备、扫码枪及手持终端，其型号应符合乙方提供的配置清单。因甲方设备或网络原因导致系统无法正常运行的，乙方不承担责任。

12.3 甲方应组织操作人员参加乙方培训，并按乙方提供的操作手册使用系统。因甲方操作不当造成的数据错误或损失，由甲方自行承担。

12.4 甲方应妥善保管系统管理员账号和密码，因账号泄露造成的损失由甲方承担。

## 第十三条 交付物

13.1 乙方向甲方交付：系统安装程序、用户操作手册、管理员手册及培训课件。

13.2 定制开发部分的源代码不属于交付物范围，由乙方保存。

13.3 系统升级版本是否向甲方提供，由乙方根据产品规划决定。

## 第十四条 培训与实施

14.1 乙方在系统部署完成后为甲方提供两天的集中培训，培训对象为甲方的仓库、生产、质检及销售部门操作人员，培训地点在甲方厂区。超出上述范围的培训，按乙方标准收费另行计算。

14.2 乙方实施人员在甲方现场工作期间的差旅费用已包含在部署实施费中；甲方要求乙方额外派员到场的，差旅费用由甲方承担。

14.3 系统基础数据（物料编码、产品信息、供应商档案、包装规格等）的初始化以甲方提供的资料为准，由甲方核对确认。初始化完成后，甲方对数据的修改由甲方自行完成。

14.4 乙方可根据项目需要调整实施人员，并将调整情况告知甲方。

14.5 甲方应在系统上线前完成生产线赋码工位的改造和网络布线，并安排一个完整的生产批次用于联调。因甲方准备工作未完成导致上线推迟的，乙方的交付期限相应顺延，且乙方有权就额外的现场工作另行收费。

## 第十五条 不可抗力

因不可抗力不能履行合同的，受影响一方应在事件发生后7日内通知对方，并在影响范围内免除责任。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的服务说明为准。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：甜乡果脯食品有限公司　　授权代表：

乙方（盖章）：码上溯科技（深圳）有限公司　　授权代表：

签订日期：2025年　月　日
"""

H384E01 = """T:SOFTWARE LICENCE AGREEMENT - KITE FRAME AND SAIL DESIGN SOFTWARE
P:Agreement No. WFK-SW-2025-07
P:This Software Licence Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Weifang Fengzheng Crafts Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 35 Yuandu Street, Kuiwen District, Weifang, Shandong Province (the "Buyer"); and
P:(2) Khuvsgul Digital Design LLC, a limited liability company incorporated in Mongolia with its principal office at Bayanzurkh Street 14, Mörön, Khuvsgul Province, Mongolia (the "Vendor").
P:Recitals: (A) The Buyer designs and makes traditional and sport kites and wishes to move its frame and sail design work from hand drafting to software. (B) The Vendor develops KiteForm Studio, a design application for frame geometry, sail cutting patterns and wind-load simulation. (C) The Buyer wishes to buy perpetual licences of KiteForm Studio, together with a customised template library and installation services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means KiteForm Studio version 6 and the Aero-Sim plug-in, in object code, with the user documentation and all updates supplied under this Agreement.
P:1.2 "Template Library" means the library of frame and sail templates that the Vendor will build for the Buyer from the Buyer's existing drawings, including the parametric models, the cutting-pattern rules and any scripts written for them.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the Software and the Template Library meet the acceptance criteria.
P:1.4 "Warranty Period" has the meaning given in Article 6. "Support Year" means each consecutive annual period of support purchased after the Warranty Period.
P:1.5 "Buyer Data" means all drawings, designs, customer orders, measurements and other information of the Buyer that the Vendor receives or can access in performing this Agreement.
H:Article 2 Scope
P:2.1 The Vendor shall supply twelve seat licences of KiteForm Studio and four seat licences of the Aero-Sim plug-in, build the Template Library, install and configure the Software on the Buyer's workstations in Weifang, and train the Buyer's designers.
P:2.2 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the licensed number of seats for the Buyer's business, including at any new site of the Buyer in China.
P:2.3 The Template Library shall cover at least 180 existing kite models (delta, diamond, box, parafoil, centipede and Weifang traditional swallow and dragon designs), each with frame geometry, spar lengths, sail panels and a printable cutting pattern.
H:Article 3 Contract Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is fixed and includes all taxes, travel and other costs of the Vendor.
P:3.2 Price table:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KiteForm Studio perpetual seat licence|12|38,500|462,000
TB:2|Aero-Sim plug-in perpetual seat licence|4|21,000|84,000
TB:Licence subtotal||||546,000
TB:3|Template Library development|1 lot|118,000|118,000
TB:4|Installation, configuration and training|1 lot|36,000|36,000
TB:Contract Price||||700,000
H:Article 4 Delivery and Payment
P:4.1 The Vendor shall install the Software within 30 days after signature and deliver the Template Library for acceptance testing within 100 days after signature.
P:4.2 Payment schedule: (a) 20% of the Contract Price (CNY 140,000) within 15 days after signature, against the Vendor's invoice; (b) 55% of the Contract Price (CNY 385,000) within 15 days after the Buyer signs the installation certificate, which confirms installation only and is not acceptance; (c) 25% of the Contract Price (CNY 175,000) within 15 days after Final Acceptance.
P:4.3 The Buyer shall pay by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
P:4.4 If the Vendor fails to meet a date in Article 4.1 for reasons not attributable to the Buyer, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment due.
H:Article 5 Acceptance
P:5.1 The Buyer shall test the Software and the Template Library within 20 working days after the Vendor notifies readiness. The acceptance criteria are: (a) every model in the Template Library opens, regenerates when any spar length is changed and produces a cutting pattern whose panel dimensions differ from the Buyer's master drawings by no more than 1 mm; (b) the Aero-Sim plug-in reproduces the Buyer's ten reference wind-load cases within 5%; (c) all sixteen seats run for ten consecutive working days without a Severity 1 fault; and (d) the Vendor has delivered the documentation and the source files of the Template Library.
P:5.2 If the tests succeed, the Buyer issues a Final Acceptance certificate. If they fail, the Vendor shall correct the defects within 15 days and the tests are repeated. Installation, use of the Software in production or any payment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During the Warranty Period the Vendor shall correct defects in the Software and the Template Library free of charge and supply all new versions of the Software without charge.
P:6.2 The Vendor shall provide remote support by telephone, e-mail and remote desktop in Chinese or English between 08:30 and 18:00 Beijing time on working days. For a Severity 1 fault (the Software cannot start or cannot save or export designs on any seat) the Vendor shall respond within 2 hours and provide a workaround or fix within 2 working days. For a Severity 2 fault the response time is one working day.
P:6.3 For each hour by which a Severity 1 response is late the Vendor shall pay CNY 500, deducted from the next payment or invoiced to the Vendor.
P:6.4 After the Warranty Period the Buyer may order support by written purchase order for each Support Year. The support fee is 11% of the licence subtotal (CNY 60,060 per Support Year) and shall not be increased for the first three Support Years. Support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software.
P:7.2 All rights in the Template Library, including the parametric models, cutting-pattern rules, scripts and documentation, vest in the Buyer on creation. The Buyer may use, copy, modify and license the Template Library without restriction and without further payment.
P:7.3 The Vendor warrants that the Software and the Template Library do not infringe any third party's rights and shall indemnify the Buyer against any claim that they do.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep copies after the work for which they were needed.
P:8.2 The Vendor may access the Buyer's workstations only by remote session approved by the Buyer for each occasion, using encrypted connections and personal accounts, and shall log every session. Designs sent to the Vendor for the Template Library shall be stored encrypted and deleted, with a written confirmation, within 30 days after Final Acceptance.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any unauthorised access to or loss of Buyer Data, shall take all steps needed to contain it, and shall be liable for all loss the Buyer suffers from any breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party, including designs, prices and customer lists, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.
P:9.2 This obligation survives for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of the Vendor under this Agreement is limited to twice the Contract Price. This limit does not apply to liability under Articles 7.3, 8 and 9 or to fraud or wilful misconduct.
P:10.2 Neither party is liable for loss of profit or indirect loss, except under Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Article 4.4 reach their maximum.
P:12.2 On termination before Final Acceptance, the Vendor shall refund all amounts paid for the items not accepted, and the licences already paid for remain in force.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and does what it reasonably can to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Mongolia.
P:14.2 Any dispute arising out of this Agreement shall be referred to the Mongolian National Arbitration Centre in Ulaanbaatar and finally settled under its rules. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties. It is made in English and Chinese; both texts are equally authentic.
P:15.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.
P:For the Buyer: Weifang Fengzheng Crafts Workshop Co., Ltd.    Name: ____________    Signature: ____________    Date: ________
P:For the Vendor: Khuvsgul Digital Design LLC    Name: ____________    Signature: ____________    Date: ________
"""

H384E02 = """# ORDER FORM AND GENERAL TERMS - TRAILDESK BOOKING PLATFORM

Order Form No. TD-CN-2025-0143

## PART A - ORDER FORM

**Provider:** TrailDesk Software Ltd., 12 Hamada Street, Science Park, Rehovot, Israel ("TrailDesk")

**Customer:** Qinghai Lakeside Cycling Tours Co., Ltd., No. 8 Huanhu East Road, Gangcha County, Haibei Prefecture, Qinghai Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the General Terms in Part B. If the two conflict, this Order Form prevails.

### A1. Service

TrailDesk will provide its TrailDesk booking platform as a hosted service ("Service") for the Customer's guided cycling tours around Qinghai Lake: online booking and deposits for tours of one to eight days, bicycle and e-bike rental inventory, guide and support-vehicle scheduling, rider waivers and emergency contacts, group messaging, and a Chinese-language mobile booking page linked to the Customer's WeChat official account.

### A2. Subscription and fees

At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (up to 25 staff users, 60 bikes, unlimited bookings) | per Subscription Year | 168,000 |
| Initial Term | two Subscription Years | 336,000 |
| Onboarding (configuration, data import, WeChat link, training) | one-time | 42,000 |
| **Total fees for the Initial Term** | | **378,000** |
| SMS messages above 20,000 per Subscription Year | per message, usage-based | 0.06 |

The total contract value is CNY 378,000. SMS usage above the included volume is billed monthly in arrears and is not part of the total.

### A3. Term

The Initial Term starts on the Go-Live Date (A5) and lasts two Subscription Years. A "Subscription Year" is each consecutive annual period starting on the Go-Live Date or an anniversary of it.

### A4. Invoicing and payment

- The Onboarding fee is invoiced after Go-Live Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
- Nothing is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

TrailDesk will complete onboarding within 35 days after signature. The Customer will then run acceptance tests for ten days: (a) all 2024 and 2025 bookings, riders and rental records imported and reconciled with the Customer's spreadsheet totals; (b) a booking with deposit paid through the WeChat page appears in the guide schedule within one minute; (c) fifty test bookings, changes and cancellations processed correctly; and (d) staff from both the Gangcha and Heimahe bases trained. When the tests pass, the Customer signs a Go-Live Acceptance certificate and that date is the "Go-Live Date". Use of the Service during testing is not acceptance.

If onboarding is late for reasons attributable to TrailDesk, TrailDesk will pay the Customer CNY 300 for each day of delay, deducted from the first invoice.

### A6. Renewal

After the Initial Term the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. TrailDesk may increase the subscription fee for any renewal Subscription Year by up to 9% by notice given 45 days before the renewal date.

### A7. Service levels

- Availability of the booking page and the staff application: at least 99.95% in each calendar month, excluding maintenance announced three days in advance and scheduled between 01:00 and 05:00 Beijing time.
- Priority 1 (bookings or payments cannot be taken, or the guide schedule cannot be opened): response within 30 minutes at any time, restoration or workaround within 3 hours.
- Priority 2 (a function is impaired but bookings can be taken): response within 2 hours, fix within two business days.
- Service credits: 5% of the monthly share of the subscription fee for each 0.1 percentage point below the availability commitment, and 3% for each Priority 1 incident not responded to in time, up to 50% of that monthly share. Credits are deducted from the next invoice.

### A8. Hosting

Customer Data is hosted in a mainland China region of a licensed Chinese cloud provider. TrailDesk support staff in Israel may access it only as set out in Part B clause 4.

Signed for TrailDesk: ____________  Signed for the Customer: ____________  Date: ____________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including rider names, identity numbers, contact details, emergency contacts, health declarations, bookings and payments.

1.2 "Customer Materials" means the tour descriptions, route maps, price rules, waiver texts and message templates created for the Customer during onboarding.

1.3 "Documentation" means TrailDesk's user guides and release notes for the Service.

### 2. Use of the Service

2.1 TrailDesk grants the Customer a non-exclusive, non-transferable right to use the Service during the term for its own business.

2.2 The Customer will not resell the Service, attempt to copy its source code or use it to build a competing product.

2.3 The Customer is responsible for the accuracy of the data it enters and for keeping its user passwords safe.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. TrailDesk will use Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 On expiry or termination TrailDesk will return all Customer Data in CSV format within 15 days and then delete it from the Service and its backups within 30 days, and confirm deletion in writing.

### 4. Data security

4.1 TrailDesk will keep the Service certified under ISO 27001, encrypt Customer Data in transit and at rest, apply role-based access control and multi-factor authentication, and keep access logs for at least six months.

4.2 Support access from outside China is limited to named engineers, through a logged bastion host, and only after the Customer approves the ticket. Customer Data will not be exported from China except as approved by the Customer in writing and permitted by the Personal Information Protection Law and related rules.

4.3 TrailDesk will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and in any report to the authorities, and bear the costs and losses caused by an incident for which it is responsible.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This clause survives for three years after the end of the agreement.

### 6. Intellectual property

6.1 TrailDesk owns the Service, the Documentation and all improvements to them.

6.2 Customer Materials belong to the Customer, who may use, modify and license them freely, also with another provider after this agreement ends.

### 7. Subcontracting

TrailDesk may use subcontractors, including hosting providers, only with the Customer's prior written consent. The hosting provider named in A8 is approved by signature of this Order Form. TrailDesk remains responsible for its subcontractors.

### 8. Termination

8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

8.2 If the Customer terminates under 8.1, TrailDesk will refund the prepaid subscription fee for the period after termination.

### 9. Liability

9.1 TrailDesk's total liability arising out of or in connection with this agreement is limited to CNY 120,000.

9.2 Neither party is liable for indirect or consequential loss or loss of profits.

9.3 The limit in 9.1 does not apply to death or personal injury caused by negligence, or to fraud.

### 10. Governing law and jurisdiction

10.1 This agreement is governed by the laws of the State of Israel.

10.2 The competent courts of Tel Aviv-Jaffa have exclusive jurisdiction over any dispute arising out of this agreement.

### 11. Customer responsibilities

11.1 The Customer will name a project lead for onboarding, provide its booking history, rider records, bike inventory and price rules in the agreed spreadsheet format, and make its staff available for training at the Gangcha and Heimahe bases.

11.2 The Customer is responsible for the content of its tour descriptions and waivers, for obtaining the consent of riders where the law requires it, and for the accuracy of the prices shown to riders.

11.3 The Customer will tell TrailDesk promptly if it becomes aware of any unauthorised use of its accounts.

### 12. Changes to the Service

12.1 TrailDesk may improve the Service from time to time. It will give at least 30 days' notice of any change that removes a function the Customer uses, and no change may reduce the service levels in A7 or the security measures in clause 4 during the term.

12.2 New modules that the Customer wishes to add, such as a rental-shop point of sale or a multi-day route planner, will be agreed in a separate Order Form.

### 13. General

13.1 Neither party may assign this agreement without the other's written consent, except to a successor of its whole business.

13.2 Notices must be in writing and sent by e-mail to the contacts named in the Order Form, with a copy by courier for notices of breach or termination.

13.3 This agreement is written in English. A Chinese translation may be prepared for convenience; the English text prevails.
"""

H384E03 = """T:Purchase Contract for Ripening-Room Monitoring Equipment
P:Contract No. GXMG-PC-2025-019
P:Buyer: Guangxi Youjiang Mango Plantation Co., Ltd., Tianyang District, Baise, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Nistru Agro Systems S.R.L., Strada Independentei 41, Soroca, Republic of Moldova (the "Supplier").
P:Background: The Buyer ripens export-grade mangoes in six ethylene ripening rooms at its Tianyang packing house. It wishes to replace manual readings with continuous monitoring of ethylene, temperature, humidity and carbon dioxide, with alarms to the duty manager's phone. The Supplier was selected after the Buyer's invitation to bid of March 2025. This contract is on the Buyer's standard purchase terms.
H:Section 1 Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Section 2, and "Software" means the RoomWatch monitoring software licensed under Section 2.
P:1.2 "System" means the Equipment and Software installed, configured and calibrated in the six ripening rooms and the control office.
P:1.3 "Final Acceptance" means the Buyer's written certificate under Section 5.
P:1.4 "Buyer Data" means all readings, alarm records, batch records, room settings and other data generated by the System or supplied by the Buyer.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, install, configure and calibrate the System, connect it to the Buyer's existing room controllers through read-only interfaces, and train the Buyer's staff.
P:2.2 The Software licence is perpetual, for unlimited users at the Buyer's Tianyang site.
P:2.3 At the Buyer's request all prices are in Chinese yuan (CNY), including all taxes, duties, freight, insurance and the Supplier's travel.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Ethylene sensor, electrochemical, 0-200 ppm|24|6,800|163,200
TB:2|Temperature and humidity probe|48|1,450|69,600
TB:3|Carbon dioxide sensor, NDIR|24|2,900|69,600
TB:4|Room gateway with 4G backup|6|9,500|57,000
TB:5|RoomWatch software, perpetual site licence|1|86,000|86,000
TB:|Equipment and licence subtotal|||445,400
TB:6|Installation, interfacing and calibration|1 lot|58,600|58,600
TB:7|Training (two sessions)|1 lot|12,000|12,000
TB:|Contract Price|||516,000
P:2.4 The Contract Price is fixed. No other amount is payable for the scope above.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment DAP Tianyang packing house within 60 days after signature and complete installation and calibration within 25 days after delivery, without stopping more than one ripening room at a time.
P:3.2 The Supplier shall schedule work in each room with the Buyer's packing-house manager so that no batch of fruit is disturbed during its ripening cycle.
P:3.3 The Supplier is responsible for import clearance of the Equipment and for all costs and risks until delivery.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 51,600) within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 65% of the Contract Price (CNY 335,400) within 15 days after installation of the System in all six rooms, confirmed by the Buyer's installation note. The installation note is not acceptance.
P:4.3 25% of the Contract Price (CNY 129,000) within 15 days after Final Acceptance.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for 21 days in normal ripening operation. The acceptance criteria are: (a) every sensor reads within its stated accuracy against the Buyer's calibrated reference instruments (ethylene within ±2 ppm, temperature within ±0.3 °C, relative humidity within ±3%, carbon dioxide within ±50 ppm); (b) alarms for high ethylene, high carbon dioxide and out-of-range temperature reach the duty phone within 60 seconds in every test; (c) no reading gap longer than 10 minutes in any room; and (d) the Supplier has delivered the as-built drawings, calibration certificates and manuals.
P:5.2 If the criteria are met, the Buyer issues the Final Acceptance certificate within 7 days. Otherwise the Supplier shall correct the defects at its cost within 14 days and the 21-day run is repeated. Delivery, installation, use of the System or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, recalibration and shipping.
P:6.2 Support is provided by the Supplier's service partner in Nanning by telephone and remote session, and on site when needed. For a Severity 1 fault (monitoring or alarms lost in any room holding fruit) the Supplier shall respond within 1 hour and restore monitoring, if necessary with loan sensors, within 24 hours. Severity 2 faults shall be answered within 8 business hours.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount due or claim under the warranty bond.
P:6.4 After the warranty period, the Buyer may order support for further periods by written purchase order. The annual support fee is 8% of the equipment and licence subtotal (CNY 35,632) and is fixed for the first two annual periods; any later change must be agreed in writing. Support does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The RoomWatch software remains the property of the Supplier; the Buyer's licence under Section 2.2 is perpetual and irrevocable.
P:7.2 The room dashboards, alarm rules, interface scripts and configuration files prepared for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Section 8 Data and Security
P:8.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this contract.
P:8.2 The System shall store Buyer Data on the Buyer's server in Tianyang. Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, after approval by the Buyer's IT contact for each session, and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Supplier shall report any suspected unauthorised access to Buyer Data within 12 hours, take immediate measures to contain it and compensate the Buyer for all losses caused by a breach of this Section by the Supplier or its partners.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including ripening recipes, customers and prices, and shall not disclose it without prior written consent. This obligation lasts for three years after the end of the contract.
H:Section 10 Delay and Liability
P:10.1 If delivery or completion of installation is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price per day of delay, capped at 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for liability under Sections 8 and 9, personal injury and wilful misconduct.
H:Section 11 Subcontracting
P:11.1 The Nanning service partner named in Section 6.2 is approved by signature of this contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their cap.
P:12.2 On termination under 12.1 the Supplier shall refund the amounts paid for the parts of the System not accepted and take back the related Equipment at its cost.
H:Section 13 Documentation, Training and Spare Parts
P:13.1 Before Final Acceptance the Supplier shall deliver in Chinese and English: the as-built sensor layout for each room, wiring diagrams, the interface description for the room controllers, the calibration procedure and intervals, the user manual for RoomWatch and a list of recommended spare parts.
P:13.2 The Supplier shall train up to twelve of the Buyer's staff in two sessions at the packing house, covering daily use, alarm handling, sensor cleaning and field calibration, and shall confirm in writing which staff have completed the training.
P:13.3 The Supplier shall keep spare sensors and gateways available for purchase, at prices no higher than those in Section 2, for the whole warranty period and for as long after it as the Buyer orders support under Section 6.4.
H:Section 14 Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other within 5 days and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate.
H:Section 15 Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:Section 16 Miscellaneous
P:16.1 This contract is made in English and Chinese, in four originals; both texts are equally authentic. Amendments must be in writing and signed by both parties.
P:For the Buyer: Guangxi Youjiang Mango Plantation Co., Ltd.    Authorised signatory: ____________    Date: ________
P:For the Supplier: Nistru Agro Systems S.R.L.    Authorised signatory: ____________    Date: ________
"""

H384E04 = """# MANAGED SD-WAN SERVICES AGREEMENT

Agreement reference: KUR-DG-SDWAN-2025-03

**Between**

**Dongguan Xingyu Toys Manufacturing Co., Ltd.**, Qingxi Town, Dongguan, Guangdong Province, People's Republic of China (the "Customer"), and

**Kura Netline LLC**, 27 Heydar Aliyev Avenue, Mingachevir, Republic of Azerbaijan (the "Provider").

**Background.** The Customer makes plastic and plush toys for export at a head office and six factories in Dongguan, and runs two warehouses in Shenzhen and Huizhou. Its current MPLS links are slow and costly. The Provider designs and operates software-defined wide-area networks through its NOC and uses licensed local carriers in China for the underlay circuits. The parties agree as follows.

## 1. Definitions

1.1 "Service" means the managed SD-WAN service described in clause 2 for the Sites listed in Schedule 2.

1.2 "Site" means each Customer location listed in Schedule 2. "MRC" means the monthly recurring charge and "OTC" the one-time charge in Schedule 2.

1.3 "Network Acceptance" means the Customer's written confirmation under clause 5 that all Sites meet the acceptance tests.

1.4 "Customer Data" means all traffic, configurations, logs, statistics and other information of the Customer handled by the Provider.

## 2. The Service

2.1 The Provider will supply, install and manage SD-WAN edge devices at every Site, dual underlay circuits (one fixed broadband and one 5G), central orchestration, a cloud security gateway, and a customer portal with real-time reports.

2.2 The Provider will monitor the network from its NOC at all times, manage incidents and changes, keep device software up to date and give the Customer a monthly service report.

2.3 Devices remain the Provider's property. The Customer will give reasonable access to the Sites and provide power and rack space.

## 3. Term

3.1 The Service term starts on Network Acceptance and lasts 36 months (the "Term").

3.2 The Agreement ends at the end of the Term. Any extension requires a new written agreement; there is no automatic renewal.

## 4. Charges and payment

4.1 At the Customer's request all charges are in Chinese yuan (CNY). The charges are set out in Schedule 2: MRC CNY 66,000 and OTC CNY 58,000. The total contract value for the Term is CNY 2,434,000 (36 × 66,000 + 58,000).

4.2 The OTC is invoiced after Network Acceptance. The MRC is invoiced monthly in arrears. No amount is payable in advance.

4.3 Invoices are payable within 30 days. Charges are fixed for the Term.

## 5. Implementation and Network Acceptance

5.1 The Provider will complete installation at all Sites within 50 days after signature.

5.2 Acceptance tests at each Site: failover from the fixed circuit to 5G within 3 seconds without dropping an ERP session; measured latency from each factory to the head office below 25 ms; throughput of at least 90% of the contracted bandwidth for one hour; the security gateway blocking the agreed test categories; and seven days of stable operation. When all Sites pass, the Customer signs the Network Acceptance certificate. Installation or use of the Service is not acceptance.

5.3 If Network Acceptance is delayed for reasons attributable to the Provider, the Provider will pay CNY 2,000 for each day of delay after the date in 5.1.

## 6. Service levels

6.1 Availability of the Service at each Site will be at least 99.5% in each calendar month, measured by the orchestrator and excluding planned maintenance notified five days in advance.

6.2 Incident priorities and response times are set out in Schedule 1. Priority 1 incidents must receive a response within 15 minutes.

6.3 Service credits for each Site and month: availability below the commitment in 6.1 but at least 99.0%: 10% of that Site's MRC; below 99.0%: 25% of that Site's MRC. For each Priority 1 incident not responded to in time: CNY 1,000. Credits are deducted from the next invoice.

6.4 The service credits in 6.3 and the Provider's obligation to restore the Service are the Customer's sole and exclusive remedies for any failure to meet the service levels.

## 7. Customer Data and security

7.1 Customer Data belongs to the Customer and may be used by the Provider only to provide the Service.

7.2 The orchestrator, logs and portal for the Customer are hosted in mainland China. The Provider applies multi-factor authentication to all administrative access, encrypts all tunnels, keeps configuration changes and access logs for at least 180 days and does not inspect or copy the content of traffic except as needed to run the security gateway.

7.3 The Provider will notify the Customer within 6 hours of any security incident affecting Customer Data or the Customer's network, take immediate containment steps and be liable for the losses caused by incidents for which it is responsible.

## 8. Intellectual property

8.1 The Provider keeps all rights in its orchestration platform, tools and standard templates.

8.2 The network design, addressing plan, policies and configurations prepared for the Customer belong to the Customer. The Customer may use, modify and give them to any successor provider.

## 9. Confidentiality

Each party will keep the other's non-public information confidential, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 Neither party is liable for indirect loss or loss of profit. The limit in 10.1 does not apply to breach of clause 7 or 9 or to wilful misconduct.

## 11. Subcontracting

11.1 The local carriers listed in Schedule 2 are approved for the underlay circuits. Any other subcontracting requires the Customer's prior written consent, and the Provider remains responsible for all subcontractors.

## 12. Duration and ending

12.1 This Agreement cannot be terminated by either party before the end of the Term, except that either party may end it by notice if force majeure prevents the Service at most Sites for more than 90 consecutive days.

12.2 If the Provider fails to perform, the Customer's remedies are the service credits, the delay payment in 5.3 and claims for damages within the limit in clause 10; the Customer may not terminate this Agreement for that reason.

12.3 At the end of the Term the Provider will, for up to 60 days, cooperate with the Customer's new provider, hand over the configurations under 8.2 and remove its devices.

## 13. Customer obligations and site work

13.1 The Customer will provide a contact person at each Site, safe access during working hours, a stable power supply and space in a locked rack or cabinet for the edge devices.

13.2 Work inside the factories must follow the Customer's safety rules, including the rules for the injection-moulding and painting areas. The Provider's local installers must wear the protective equipment required there and be escorted by the Customer's staff.

13.3 The Customer will not move, open or reconnect the Provider's devices without the Provider's agreement, except in an emergency, and will tell the NOC at once if it does.

## 14. Changes

14.1 The Customer may add or remove Sites, or change bandwidth, by a change request. The Provider will quote the resulting change in charges using the rates in Schedule 2 and will carry out the change within 30 days after the Customer accepts the quote.

14.2 Each month the Provider will report on availability per Site, incidents and their resolution times, credits due, changes made and security events, and will meet the Customer's IT team every quarter to review the report.

## 15. Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes will be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## 16. General

16.1 This Agreement, with its Schedules, is the entire agreement on its subject. Changes must be in writing and signed by both parties.

16.2 Notices are given in writing to the addresses above or to the e-mail addresses of the contract managers named in Schedule 2.

Signed for the Customer: ____________  Signed for the Provider: ____________  Date: ____________

## Schedule 1 - Incident priorities

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | A Site or more is down, or ERP access lost at a factory | 15 minutes | 3 hours |
| P2 | Degraded performance or loss of one circuit at a Site | 1 hour | 8 hours |
| P3 | Single user issue, portal or report problem | next business morning | 3 business days |
| Change | Standard configuration change | next business day | 5 business days |

## Schedule 2 - Sites and charges (CNY)

| Site | Bandwidth | MRC | OTC |
|---|---|---|---|
| Head office, Qingxi | 500 Mbps + 5G | 14,800 | 8,000 |
| Factories 1-6, Dongguan (6 × 6,200 MRC, 6 × 6,000 OTC) | 200 Mbps + 5G each | 37,200 | 36,000 |
| Warehouses, Shenzhen and Huizhou (2 × 4,100 MRC, 2 × 3,000 OTC) | 100 Mbps + 5G each | 8,200 | 6,000 |
| NOC, orchestration, security gateway, portal | - | 5,800 | 8,000 |
| **Total** | | **66,000** | **58,000** |

Approved underlay carriers: China Telecom Dongguan Branch; China Mobile Guangdong Branch. Contract managers: Customer IT Director; Provider Service Delivery Manager.
"""

H384E05 = """API SUBSCRIPTION AGREEMENT
FOOD-CONTACT COMPLIANCE CHECK SERVICE

Agreement number: AFC-NB-2025-061

PARTIES

Ningbo Haiyue Kitchenware Export Platform Co., Ltd., a company registered in the People's Republic of China, address: 188 Yangfan Road, Yinzhou District, Ningbo, Zhejiang Province ("Customer").

Andijan FoodSafe Technologies LLC, a company registered in the Republic of Uzbekistan, address: 51 Navoi Avenue, Andijan, Uzbekistan ("Vendor").

BACKGROUND

Customer operates an online export platform through which about 1,400 Chinese manufacturers sell cookware, cutlery, food containers and kitchen tools to importers in Europe, Central Asia and North America. Before a product is listed, Customer checks that its materials and test reports meet the food-contact rules of the destination market. Vendor offers an application programming interface ("API") that compares product material declarations and laboratory reports with a rules database covering EU Regulation 1935/2004 and its implementing measures, GB 4806 series standards, US FDA 21 CFR parts 174-186 and the technical regulations of the Eurasian Economic Union. Customer wishes to subscribe to the API and to have Vendor build the integration with Customer's listing workflow.

1. DEFINITIONS

1.1 "API" means Vendor's food-contact compliance check interface, including the rules database, the report generator and the related documentation.

1.2 "Subscription Year" means each consecutive annual period starting on the Integration Acceptance date or on an anniversary of it.

1.3 "Integration" means the connectors, field mappings and Customer-specific rule sets that Vendor builds under clause 3.

1.4 "Customer Data" means product information, material declarations, test reports, supplier details and all other data that Customer or its sellers submit to the API, and the results returned for them.

1.5 "Check" means one API call that evaluates one product against one destination market.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right to use the API during the Term for Customer's platform and its sellers.

2.2 The subscription includes up to 180,000 Checks per Subscription Year, rules database updates when the covered regulations change, access to the web console for up to 20 Customer users, and e-mail support.

2.3 Customer shall not resell access to the API as a separate product and shall keep its API keys secure.

3. INTEGRATION

3.1 Vendor shall build the Integration: connectors to Customer's listing system, mapping of Customer's material codes to the rules database, rule sets for Customer's own stricter requirements on coatings, silicone and melamine, and Chinese and English report templates.

3.2 Customer shall provide test accounts, sample products and a contact person, and shall answer Vendor's questions within three business days.

3.3 Vendor plans to complete the Integration within 45 days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Customer shall test the Integration with 500 sample products chosen by Customer, covering all destination markets. The acceptance criteria are: (a) the API result agrees with the result of Customer's compliance team for at least 98% of the samples, and every disagreement is explained; (b) each Check returns a result within 5 seconds at 20 parallel calls; (c) reports are generated correctly in both languages; and (d) the Integration runs for ten business days in the test environment without data loss.

4.2 If the criteria are met, Customer signs an Integration Acceptance certificate. If not, Vendor shall correct the defects and the test is repeated. Use of the API before that certificate is not acceptance.

5. FEES

5.1 At Customer's request all fees are in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. No fee is payable before Integration Acceptance.

5.3 Checks above the included volume are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

5.4 Invoices are payable within 30 days after receipt. Fees are fixed for the Term.

6. SUPPORT AND SERVICE

6.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly.

6.2 Vendor will announce planned maintenance through the web console in advance whenever practicable.

6.3 Vendor will update the rules database to reflect changes in the covered regulations as soon as reasonably possible after their publication.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including training or improving its rules or other products.

7.2 Vendor shall process Customer Data on servers in a mainland China region of a licensed cloud provider, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs and delete Customer Data within 30 days after the end of the Term.

7.3 Vendor shall notify Customer within 24 hours of any security incident affecting Customer Data, take all reasonable steps to limit it and compensate Customer for losses caused by incidents for which Vendor is responsible.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's seller list, prices and product formulations, and shall use it only for this Agreement.

8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API and the rules database.

9.2 The Integration, including the connectors, mappings, Customer-specific rule sets and report templates, belongs to Customer, who may use, modify and license it freely, also with another vendor.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent, except for the cloud provider named in the Schedule, which Customer approves by signing this Agreement.

11. TERM AND TERMINATION

11.1 The Term starts on the Integration Acceptance date and lasts three Subscription Years. It ends automatically at the end of the third Subscription Year; any renewal needs a new written agreement.

11.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after notice.

11.3 On termination for Vendor's breach, Vendor shall refund the subscription fee paid for the period after termination and hand over the Integration materials.

12. LIABILITY

12.1 Vendor's total liability under this Agreement is limited to twice the total fees for the Term stated in the Schedule.

12.2 The limit does not apply to breach of clause 7 or 8, infringement of third-party rights, or wilful misconduct.

12.3 Vendor is not responsible for listing decisions taken by Customer, but shall correct any wrong result caused by an error in the rules database without charge.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

14. CUSTOMER RESPONSIBILITIES

14.1 Customer is responsible for the accuracy and completeness of the material declarations and test reports that it or its sellers submit, and for obtaining from its sellers any consent needed to submit their documents to the API.

14.2 Customer shall make the final decision on each listing. Results returned by the API support that decision but do not replace the laboratory testing and declarations of conformity required by the destination market.

14.3 Customer shall not run automated load tests against the production API without agreeing a time window with Vendor.

15. RULES DATABASE AND REPORTS

15.1 Vendor shall keep a change log of the rules database that shows, for each rule, the regulation and version it is based on and the date it took effect, and shall make the log available in the web console.

15.2 If Customer believes that a result is wrong, it may raise a query through the support desk with the product reference. Vendor shall review the query, explain the result in writing and, where the rules database was wrong, correct it and re-run the affected Checks without charge.

15.3 Reports produced by the API carry the rules-database version used, so that Customer can show importers and authorities which rules a product was checked against.

15.4 Vendor shall give Customer at least 30 days' notice before it stops covering a destination market or a regulation listed in the Schedule, and the subscription fee shall then be reduced by agreement.

16. GENERAL

16.1 This Agreement and the Schedule are the entire agreement of the parties on their subject.

16.2 Amendments must be in writing and signed by both parties.

16.3 This Agreement is made in English and Chinese. Both texts are equally valid.

SIGNATURES

For Customer: ____________________  Name and title: ____________  Date: ________

For Vendor: ____________________  Name and title: ____________  Date: ________

SCHEDULE - FEES AND SERVICE DETAILS

Subscription fee, per Subscription Year, including 180,000 Checks: CNY 132,000
Term: three Subscription Years: CNY 396,000
Integration fee, one-time: CNY 24,000
Total fees for the Term: CNY 420,000
Overage: CNY 0.45 per Check above the included volume (usage-based, not part of the total)
Destination markets covered: European Union, United Kingdom, United States, Eurasian Economic Union, People's Republic of China
Hosting: mainland China region of a licensed Chinese cloud provider (approved under clause 10)
Support channel: e-mail to Vendor's support desk, business days, Tashkent and Beijing time
"""

# ---------------------------------------------------------------- files
FILES = {  # key -> (file name, format, source)
    "h384z01": ("h384z01_land_survey_results_platform.pdf", "pdf", H384Z01),
    "h384z02": ("h384z02_peanut_oil_line_dcs_retrofit.docx", "docx", H384Z02),
    "h384z03": ("h384z03_pet_boarding_chain_booking_saas.txt", "txt", H384Z03),
    "h384z04": ("h384z04_traffic_signal_annual_om_service.txt", "txt", H384Z04),
    "h384z05": ("h384z05_candied_fruit_traceability_supplier_template.md", "md", H384Z05),
    "h384e01": ("h384e01_kite_design_software_perpetual_licences.pdf", "pdf", H384E01),
    "h384e02": ("h384e02_cycling_tour_booking_saas_order_form.md", "md", H384E02),
    "h384e03": ("h384e03_mango_ripening_room_sensors.docx", "docx", H384E03),
    "h384e04": ("h384e04_toy_maker_managed_sdwan.md", "md", H384E04),
    "h384e05": ("h384e05_food_contact_compliance_api_subscription.txt", "txt", H384E05),
}

F = Fraction


def pct(num, den):
    return float(F(num) / F(den) * 100)


# sums asserted before the labels are built
assert 1180000 + 736000 + 312000 + 84000 == 2312000
assert [2312000 * p // 100 for p in (20, 45, 35)] == [462400, 1040400, 809200] and 20 + 45 + 35 == 100
assert 868000 + 126000 + 412000 + 236000 == 1642000 and 1642000 + 318000 + 174000 + 26000 == 2160000
assert [2160000 * p // 100 for p in (45, 35, 16, 4)] == [972000, 756000, 345600, 86400] and 45 + 35 + 16 + 4 == 100
assert 1642000 * 18 // 100 == 295560
assert 3 * 286000 == 858000 and 858000 + 96000 == 954000
assert 286 * 2600 == 743600 and 743600 + 218000 + 126400 + 188000 == 1276000 and 4 * 25 == 100
assert 960000 + 240000 + 80000 == 1280000 and 1280000 * 65 // 100 == 832000 and 1280000 - 832000 == 448000
assert 960000 * 25 // 100 == 240000
assert 12 * 38500 == 462000 and 4 * 21000 == 84000 and 462000 + 84000 == 546000 and 546000 + 118000 + 36000 == 700000
assert [700000 * p // 100 for p in (20, 55, 25)] == [140000, 385000, 175000] and 546000 * 11 // 100 == 60060
assert 2 * 168000 == 336000 and 336000 + 42000 == 378000
assert 24 * 6800 == 163200 and 48 * 1450 == 69600 and 24 * 2900 == 69600 and 6 * 9500 == 57000
assert 163200 + 69600 + 69600 + 57000 + 86000 == 445400 and 445400 + 58600 + 12000 == 516000
assert [516000 * p // 100 for p in (10, 65, 25)] == [51600, 335400, 129000] and 445400 * 8 // 100 == 35632
assert 14800 + 6 * 6200 + 2 * 4100 + 5800 == 66000 and 8000 + 6 * 6000 + 2 * 3000 + 8000 == 58000
assert 36 * 66000 + 58000 == 2434000
assert 3 * 132000 == 396000 and 396000 + 24000 == 420000

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
          confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
          governing_law="PRC")

def T(**kw):
    m = {**OK, **kw}
    return {kk: m[kk] for kk in KEYS}


# key -> (language, category, terms, extra, forum outside mainland, fee base for TCO, expected rules)
L = {
    "h384z01": ("zh", "software", T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2312000), False, 1180000, []),
    "h384z02": ("zh", "hardware", T(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=45, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2160000), False, 1642000, ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"]),
    "h384z03": ("zh", "cloud", T(availability_pct=99.5, p1_response_hours=0.5, confidentiality=False,
                ld_rate_per_day_pct=pct(800, 954000), liability_cap_pct=200, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, subcontract_without_consent=True,
                contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=954000),
                False, None, ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h384z04": ("zh", "services", T(p1_response_hours=0.25, sla_remedy=False, data_security_clause=False,
                ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1276000),
                False, None, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "h384z05": ("zh", "software", T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1280000), False, 960000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h384e01": ("en", "software", T(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                governing_law="Mongolia", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=700000), True, 546000, ["CR-GOVERNING-LAW"]),
    "h384e02": ("en", "cloud", T(availability_pct=99.95, p1_response_hours=0.5,
                ld_rate_per_day_pct=pct(300, 378000), liability_cap_pct=pct(120000, 378000),
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=True, governing_law="Israel", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=378000),
                True, None, ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "h384e03": ("en", "hardware", T(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=516000), False, 445400, []),
    "h384e04": ("en", "services", T(availability_pct=99.5, p1_response_hours=0.25,
                ld_rate_per_day_pct=pct(2000, 2434000), liability_cap_pct=150, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, termination_for_breach=False,
                contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2434000),
                False, None, ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "h384e05": ("en", "cloud", T(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None,
                liability_cap_pct=200, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, contract_kind="service"),
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=420000),
                False, None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, x, base):
    """policy §4: horizon 5 years from acceptance; value + post-warranty fee for the years after the warranty."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(F(0), 5 - F(t["warranty_months"], 12))
    fees = years * F(t["post_warranty_fee_pct"]) / 100 * base
    total = x["contract_value"] + fees
    return float(total), float(fees / total * 100)


def rules_of(t, x, outside, base):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")


# every derived value off every threshold
for k, (lang, cat, t, x, outside, base, exp) in L.items():
    assert list(t) == KEYS, k
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    for v in (t["ld_rate_per_day_pct"], t["liability_cap_pct"]):
        assert v is None or abs(v - 0.05) > 0.01 and abs(v - 100) > 1
    c = tco(t, x, base) if base else None
    assert c is None or abs(c[1] - 40) > 1, (k, c)
    assert (t["contract_kind"] == "goods_or_licence") == ("post_warranty_fee_capped" in x), k
    assert rules_of(t, x, outside, base) == exp, (k, rules_of(t, x, outside, base), exp)

# ---------------------------------------------------------------- threshold scan
ZN = "一二三四五六七八九十"
PATTERNS = [
    ("avail 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("4 hours", r"(?<![\d.])4\s*(?:-\s*)?(?:小时|个小时|hours?\b|hrs?\b|h\b)"),
    ("四小时", r"(?<![" + ZN + r"])四\s*个?\s*小时"),
    ("four hours", r"\bfour[\s-]*(?:business\s+|working\s+|clock\s+)?hours?\b"),
    ("240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("0.05 %", r"(?<![\d.])0\.050*\s*%"),
    ("万分之五", r"万分之五(?![" + ZN + r"])"),
    ("100 %", r"(?<![\d.])100(?:\.0+)?\s*%"),
    ("百分之百", r"百分之(?:一)?百(?![" + ZN + r"零])"),
    ("hundred per cent", r"\bhundred\s+per\s*cent"),
    ("30 %", r"(?<![\d.])30(?:\.0+)?\s*%"),
    ("百分之三十", r"百分之三十(?![" + ZN + r"])"),
    ("三成", r"三成"),
    ("thirty per cent", r"\bthirty\s+per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b|mos?\b)"),
    ("十二个月", r"(?<![" + ZN + r"])十二\s*个\s*月"),
    ("twelve months", r"\btwelve[\s-]+(?:calendar\s+)?months?\b"),
    ("one year", r"\b(?:one|1)[\s-]+years?\b"),
    ("一年", r"(?<![" + ZN + r"\d第])一\s*年|(?<![\d.])1\s*年(?!度)"),
    ("15 %", r"(?<![\d.])15(?:\.0+)?\s*%"),
    ("百分之十五", r"百分之十五(?![" + ZN + r"点])"),
    ("fifteen per cent", r"\bfifteen\s+per\s*cent"),
    ("40 %", r"(?<![\d.])40(?:\.0+)?\s*%"),
    ("百分之四十", r"百分之四十(?![" + ZN + r"])"),
    ("四成", r"四成"),
    ("forty per cent", r"\bforty\s+per\s*cent"),
    ("5 years", r"(?<![\d.])5\s*(?:-\s*)?(?:年(?!\d)|years?\b)"),
    ("五年", r"(?<![" + ZN + r"])五\s*年"),
    ("five years", r"\bfive[\s-]+years?\b"),
    ("60 months", r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)"),
    ("六十个月", r"(?<![" + ZN + r"])六十\s*个\s*月"),
    ("sixty months", r"\bsixty[\s-]+months?\b"),
]
PAT = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["可用率99.9%", "99.90%", "4小时内响应", "4 小时", "四小时", "四个小时", "within 4 hours", "4-hour", "four hours",
            "Four business hours", "240分钟", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "百分之一百", "30%", "百分之三十",
            "三成", "thirty per cent", "12个月", "12 months", "12-month", "十二个月", "twelve months", "one year", "一年",
            "1年", "15%", "百分之十五", "40%", "百分之四十", "四成", "forty per cent", "5年", "five years", "5 years",
            "五年", "60 months", "六十个月", "one hundred per cent", "5-year"]
MUST_NOT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "14 hours", "0.055%",
            "150%", "130%", "300%", "二十二个月", "二十五年", "百分之一百五十", "第一年度", "十一年", "2015年", "45%",
            "1.5倍", "12天", "1,200 per day", "25 years", "百分之三十五", "每个服务年度", "十二分之一", "135%", "0.45 per"]
for s in MUST_HIT:
    assert any(p.search(s) for _, p in PAT), ("should hit", s)
for s in MUST_NOT:
    assert not any(p.search(s) for _, p in PAT), ("should not hit", s, [n for n, p in PAT if p.search(s)])


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)):
        hits += [(n, m.group(0)) for n, p in PAT for m in p.finditer(variant)]
    return sorted(set(hits))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += [" | ".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    bad = []
    print("%-8s %-4s %-5s %7s  %-6s %s" % ("key", "lang", "fmt", "length", "risk", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        lang, cat, t, x, outside, base, exp = L[k]
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            bad.append((k, "length", n))
        h = scan(text) + scan(src)
        if h:
            bad.append((k, "threshold", h))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": exp}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        fired |= set(exp)
        c = tco(t, x, base) if base else None
        print("%-8s %-4s %-5s %7d  %-6s %s%s" % (k, lang, fmt, n, risk(exp), ", ".join(exp) or "(none)",
                                                 "  [TCO %.0f, share %.2f %%]" % c if c else ""))
    missing = [r for r in ALL_RULES if r not in fired]
    print("rules never fired:", missing or "none")
    assert not missing
    mix = sorted(len(v[6]) for v in L.values())
    print("findings per contract:", mix)
    for b in bad:
        print("PROBLEM", b)
    assert not bad
