"""holdout602: builds the ten draft contracts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, and asserts lengths, thresholds, sums and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:市120急救调度数据平台建设项目政府采购合同
P:合同编号：QZWJ-2025-ZC-0417
P:采购人（甲方）：清州市卫生健康委员会
P:供应商（乙方）：杭州瑞迅医疗信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就市120急救调度数据平台建设项目（以下简称“本项目”）达成如下合同条款，以资共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方提供急救调度数据平台软件许可（含调度受理、车辆定位、资源看板、质控统计模块，不限用户数的永久使用许可），并完成定制开发、历史数据迁移、系统对接及实施培训。
P:1.2 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000.00），其中：平台软件许可费¥1,180,000；定制开发费（含呼救定位接口、院前院内衔接、区县分中心联动）¥760,000；数据迁移与系统对接费¥214,000；实施与培训费¥86,000。
P:1.3 合同总价为固定价格，已包含软件、开发、税费、差旅及甲方验收前乙方发生的全部费用，甲方不再另行支付其他费用。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后一百二十日内完成系统部署、定制开发及数据迁移，并提交初验申请。
P:2.2 乙方应按甲方确认的实施方案开展工作，每两周向甲方提交书面进度报告，重大变更须经甲方书面确认。
P:2.3 乙方应派驻不少于六名实施人员常驻现场，项目经理须具备类似急救或公共卫生信息化项目经验，未经甲方同意不得更换。
P:2.4 乙方应为甲方调度员、系统管理员及区县分中心人员提供分批培训，培训课时不少于四十课时，并提交操作手册和运维手册。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款。
P:3.2 系统通过初验后十个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的35%。
P:3.4 甲方以财政资金支付，付款时间以国库集中支付流程为准，乙方不得以此为由停止履行。
H:第四条 验收
P:4.1 初验标准：全部功能模块按招标文件技术要求部署完毕；呼救电话来电定位在三秒内显示于调度席位；历史出车记录迁移后逐条核对无遗漏；与市急救中心车载终端、三家市级医院急诊系统接口联调通过。
P:4.2 初验通过后系统进入九十日试运行。试运行期间无一级故障、全部二级故障均在规定时限内修复，且第三方机构出具等级保护测评及商用密码应用安全性评估报告后，方可申请最终验收。
P:4.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收以甲方签署的书面验收报告为准。
H:第五条 质量保证与后续维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级与现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥106,200），且质保期满后三年内不得上调。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日经甲方同意）。
P:6.2 一级故障（调度受理中断或定位失效）乙方应在十五分钟内响应，两小时内恢复；二级故障应在一小时内响应，八小时内修复。
P:6.3 乙方每超时一小时，甲方可从应付款项或维护费中扣减人民币1,500元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:6.4 乙方每季度对平台进行一次全面巡检，并在重大节假日及突发公共事件期间安排专人值守，巡检报告报甲方备案。
H:第七条 知识产权
P:7.1 定制开发形成的源代码、接口程序、数据迁移脚本及技术文档的知识产权归甲方所有，乙方应于最终验收时一并移交。
P:7.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可为本项目目的自行或委托第三方进行修改和维护。
H:第八条 数据安全与数据权属
P:8.1 本项目涉及的呼救记录、患者信息、出车及调度数据均属于甲方所有。乙方仅为履行本合同目的处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，对远程运维实行堡垒机审计，严禁将数据复制至甲方网络以外。
P:8.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第二条约定期限交付或通过验收的，每逾期一日，应按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的系统不符合约定的，甲方有权要求乙方限期整改，整改费用由乙方承担。
P:10.3 乙方人员违反甲方机房管理及调度大厅纪律，经甲方书面指出后仍不改正的，甲方有权要求更换相关人员。
P:10.4 甲方逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 乙方不得将本项目转包，亦不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期交付超过六十日的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 本合同期满履行完毕即终止，不自动续期。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与文档
P:14.1 乙方应建立项目例会制度，每周与甲方信息科、急救中心召开一次项目例会，形成会议纪要并经双方确认。需求变更须填写变更申请单，经甲方分管负责人批准后实施。
P:14.2 乙方应在项目各阶段向甲方提交需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册、用户手册及运维手册，文档应与系统实际一致。
P:14.3 乙方应配合甲方完成政府采购项目档案归档，并按甲方要求参加财政、审计等部门的检查。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方联系人及通知地址以合同首页所载为准，一方变更的应书面通知对方。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2025年5月12日
"""
SRC["z02"] = """T:UHT灭菌生产线控制系统改造及维保合同
P:合同编号：HYRY-SB-2025-063
P:甲方（买方）：河源恒裕乳业有限公司
P:乙方（卖方）：无锡博控自动化工程有限公司
P:甲方二号车间UHT超高温灭菌生产线原控制系统已运行十余年，备件停产。经询价比选，甲方委托乙方实施控制系统改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 合同标的与价款
P:1.1 乙方负责供应下列设备与软件，完成拆除旧系统、安装、编程、调试、工艺验证配合及人员培训，使改造后的生产线达到第五条约定的验收标准。
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC控制器及I/O模块|冗余CPU，含远程I/O站3套|486,000
TB:2|HMI操作屏|15英寸工业触摸屏，8台|128,000
TB:3|工控服务器|双机热备，2台|164,000
TB:4|SCADA及批次管理软件许可|永久许可，含配方管理模块|312,000
TB:5|CIP清洗控制模块|含阀阵控制柜1套|96,000
TB:|设备及软件小计||1,186,000
TB:6|安装调试费|含旧系统拆除及电缆敷设|142,000
TB:7|工艺验证配合费|含灭菌温度曲线验证|58,000
TB:8|培训费|操作及维护人员|24,000
TB:|合同总价||1,410,000
P:1.2 合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），含税、运输、保险及安装调试的全部费用。
H:第二条 交货与工期
P:2.1 乙方应于合同生效后七十五日内将全部设备运抵甲方二号车间，并在甲方安排的停产窗口期（不超过十八日）内完成切换调试。
P:2.2 乙方应在切换前提交详细的切换方案和回退方案，经甲方生产、质量部门会签后实施。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%。
P:3.4 余款5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 质量保证
P:4.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的非人为故障，由乙方免费维修或更换。
P:4.2 质保期满后，乙方按年提供维保服务，年度维保费不超过设备及软件小计的8%（即不超过¥94,880），质保期满后三年内价格不变。维保合同每年另行签订，不自动续期。
H:第五条 验收
P:5.1 验收标准：（一）全部I/O点位逐点测试正确；（二）灭菌温度控制偏差不超过正负0.5℃，保持管温度曲线完整记录；（三）CIP清洗程序按甲方工艺文件执行无误；（四）连续七十二小时带料生产无停机故障；（五）批次记录可追溯并可导出。
P:5.2 试生产合格后，由甲方组织生产、质量、设备部门进行最终验收，签署书面验收报告。设备通电运行或甲方使用均不视为验收合格。
H:第六条 故障响应
P:6.1 一级故障（导致停产或灭菌失控）乙方应在三十分钟内远程响应，两小时内到达现场；二级故障应在两小时内响应，二十四小时内修复。
P:6.2 乙方每超过响应或到场时限一小时，甲方可扣减维保费或质量保证金人民币800元。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、HMI画面、配方及批次报表的知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改或委托他人维护。
P:7.2 SCADA软件本身的知识产权归原厂所有，甲方获得永久使用许可。
H:第八条 数据
P:8.1 生产线运行产生的工艺参数、配方数据及批次记录属于甲方所有。乙方远程维护须经甲方审批，通过甲方指定的VPN和堡垒机进行，全程留存日志，不得拷贝数据。
P:8.2 发生数据泄露或网络安全事件的，乙方应在两小时内通知甲方并协助处置；因乙方原因导致的，乙方承担赔偿责任。
P:8.3 甲方同意，乙方可将脱敏后的设备运行数据用于改进其控制系统产品及行业解决方案。
H:第九条 保密
P:9.1 乙方对甲方的配方、工艺参数、产能及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，应按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因导致停产或产品报废的，乙方应赔偿甲方的直接损失。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电缆敷设等辅助工作如需分包，应事先取得甲方书面同意，乙方对分包方的行为承担责任。
H:第十二条 解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交河源仲裁委员会仲裁。
H:第十四条 安全生产与现场管理
P:14.1 乙方人员进入甲方车间应遵守甲方食品安全及GMP卫生管理制度，按规定更衣、消毒，不得携带与作业无关的物品进入洁净区。
P:14.2 乙方在停产窗口期内进行拆除、接线及调试作业，应办理甲方作业许可，落实断电挂牌、防止交叉污染等措施；因乙方违章作业造成人身伤害或设备损坏的，由乙方承担责任。
P:14.3 乙方应在改造完成后清理现场，恢复地面、墙面及管线标识，并将拆除的旧设备按甲方指定地点堆放。
H:第十五条 技术资料与培训
P:15.1 乙方应在最终验收前向甲方提交电气原理图、I/O清单、控制程序及注释、操作规程、维护手册、备品备件清单等全部技术资料，纸质版和电子版各一套。
P:15.2 乙方应为甲方操作工、设备维修人员及工艺人员分别组织培训，培训结束后进行考核，确保甲方人员能够独立操作和进行日常维护。
H:第十六条 备品备件与技术支持
P:16.1 乙方应随设备免费提供一年用量的易损件，并在合同附件中列明主要备件的型号、单价及供货周期。主要备件单价在质保期满后三年内不得上调，供货期不超过十五日。
P:16.2 乙方承诺自最终验收之日起八年内保证备品备件供应；原厂停产的，乙方应提前六个月书面告知甲方，并提供经甲方认可的替代方案。
P:16.3 乙方应设立7×24小时服务热线，并指定熟悉本项目的工程师作为甲方的固定技术联系人。
H:第十七条 变更与试生产
P:17.1 甲方在实施过程中提出工艺或功能调整的，双方应书面确认变更内容及费用；不涉及设备增减的程序和画面修改，乙方应免费完成。
P:17.2 切换调试完成后，乙方应安排工程师驻厂跟班不少于十五日，协助甲方完成首批产品试生产及批次放行，并对操作中发现的问题及时修正。
P:17.3 试生产期间因控制系统原因造成的物料损耗，由双方按原因分析结论确定承担方式。
H:第十八条 其他
P:18.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""
SRC["z03"] = """连锁门店验配档案与会员管理SaaS服务合同

合同编号：MJYJ-IT-2025-018
甲方（客户）：广州明镜眼镜连锁有限公司
乙方（服务商）：深圳云瞳科技有限公司

甲方在广东省内经营六十家眼镜门店，拟统一使用乙方提供的验配档案与会员管理SaaS服务，替代各门店现有的单机软件。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方六十家门店提供以下服务：
1. 验光及验配档案管理（电脑验光、主觉验光、角膜接触镜验配记录，复查提醒）；
2. 会员管理（积分、储值、等级、电子会员卡及小程序会员中心）；
3. 门店收银对接及库存查询接口；
4. 总部经营报表及门店绩效看板。
（二）乙方负责实施服务，包括：各门店历史档案及会员数据迁移，与甲方ERP及小程序的接口开发，门店店长及验光师培训，上线支持。
（三）新开门店可按本合同单价增加，关闭门店可在下一服务年度开始前书面通知减少。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自系统上线验收合格之日起算，第二服务年度紧接其后。
（二）服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过上一年度单价的8%，乙方提前十五日通知甲方即可。

三、费用及支付
（一）订阅费：每店每服务年度人民币2,280元，六十家门店每服务年度合计人民币136,800元，两个服务年度合计人民币273,600元。
（二）实施费：人民币58,000元，一次性收取。
（三）本合同总价为人民币331,600元。
（四）实施费在上线验收合格后十个工作日内支付。每一服务年度的订阅费在该服务年度开始后十个工作日内支付。
（五）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移、接口开发和全部门店上线。
（二）上线验收标准：
1. 迁移后的验配档案和会员数据与原系统逐店核对，记录条数及关键字段一致；
2. 收银、库存及小程序接口联调通过，连续十个营业日数据无差错；
3. 门店常用操作页面在正常网络下三秒内打开；
4. 全部门店完成培训并通过甲方组织的操作考核。
（三）甲方在收到乙方验收申请后七个工作日内组织验收，签署验收报告。试用或部分门店使用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护须安排在门店营业时间以外并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法登录或收银中断）：三十分钟内响应，两小时内恢复；
2. 二级故障（部分功能或个别门店不可用）：一小时内响应，当日修复；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）月度可用率未达承诺的，每低于0.1个百分点，按当月订阅费的2%抵扣下一期订阅费；一级故障恢复超时的，每小时抵扣人民币500元。

六、数据权属与数据安全
（一）甲方顾客的验光数据、会员信息、消费记录等全部业务数据属于甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，对个人信息加密存储，实行最小权限访问和操作日志审计，每日备份。
（三）发生数据泄露等安全事件的，乙方应在两小时内通知甲方，并按《个人信息保护法》配合处置及通知受影响的顾客；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

七、保密
双方对在履行本合同中知悉的对方商业秘密及非公开信息负有保密义务，未经对方书面同意不得披露，保密义务在本合同终止后三年内继续有效。

八、知识产权
（一）乙方平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、定制报表及看板的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或交由第三方使用。

九、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，应向甲方支付违约金人民币300元。
（二）乙方累计承担的赔偿责任以本合同总价的两倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。

十、分包
乙方不得将本合同项下服务转包或分包给第三方；确需委托第三方承担门店现场培训的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未履行服务期间的费用。
（二）月度可用率连续两个月未达到承诺值的，甲方有权解除本合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十三、服务支持与培训
（一）乙方应为甲方设立专属客户成功经理，负责上线后的日常沟通、需求收集及培训安排，每季度向甲方提交服务报告，内容包括可用率、故障处理、功能使用情况和改进建议。
（二）乙方应在平台内提供操作手册和视频教程，并为新开门店和新入职验光师提供远程培训，不另收费。
（三）乙方对平台进行重大版本更新的，应提前十日通知甲方并说明影响，不得降低本合同约定的功能和服务水平。
（四）甲方可就定制报表、会员活动规则等提出优化需求，双方协商确定工作量和排期，另行签订补充协议。

十四、门店及顾客信息处理的特别约定
（一）乙方应协助甲方在小程序及门店收银环节完成顾客个人信息处理告知及同意，并提供顾客查询、更正、删除个人信息的功能。
（二）乙方不得向甲方顾客发送任何营销信息，短信及小程序消息仅可按甲方指令发送。

十五、服务变更与门店调整
（一）甲方新增门店的，乙方应在接到甲方书面通知后五个工作日内完成开通，新增门店的订阅费按当期剩余天数折算。
（二）甲方关闭或合并门店的，应在下一服务年度开始前书面通知乙方，下一服务年度订阅费相应调减；乙方应协助将该门店的档案数据迁移至甲方指定门店。
（三）甲方调整会员政策、积分规则或储值规则的，乙方应在五个工作日内完成系统配置，不另收费。

十六、不可抗力
因不可抗力导致一方不能履行本合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度部分或全部免除责任。但乙方因云服务商故障导致服务中断的，不属于不可抗力。

十七、合同期满的数据迁出
合同期满不续订或合同解除的，乙方应在甲方要求的期限内，配合甲方或其指定的新服务商完成验配档案及会员数据的迁出，提供字段说明，并保证迁出数据完整可用，不另收费。

十八、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________        乙方（盖章）：__________
签订日期：2025年6月9日
"""
SRC["z04"] = """住房公积金网上服务大厅系统年度运维服务合同

合同编号：JZGJJ-YW-2025-03
甲方：江州市住房公积金管理中心
乙方：南京数维信息系统服务有限公司

为保障江州市住房公积金网上服务大厅、手机公积金及个人账户查询等线上渠道稳定运行，甲方通过竞争性磋商方式采购年度运维服务，乙方成交。双方依据《中华人民共和国民法典》及磋商文件，订立本合同。

第一条 服务范围
（一）网上服务大厅系统（含个人网厅、单位网厅、手机公积金、微信公众号接口）的应用运维；
（二）应用服务器、数据库服务器、中间件及负载均衡设备的系统运维；
（三）与银行结算平台、不动产登记、社保及税务接口的运行监控与故障处理；
（四）版本升级、漏洞修复、等级保护测评问题整改；
（五）机房巡检、备份恢复演练及重大节假日保障。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同终止；甲方如需继续采购，另行履行采购程序。

第三条 服务费用及支付
（一）本合同服务费总额为人民币伍拾捌万陆仟元整（¥586,000），包括人员、工具、差旅、税费等全部费用。
（二）服务费按季度支付，每季度人民币146,500元。每季度结束后，甲方依据第六条考核结果，在十五个工作日内支付该季度服务费。
（三）乙方应在每次付款前开具合法有效的发票。

第四条 服务团队
（一）乙方应派驻三名驻场工程师（应用、数据库、网络安全各一名），工作日8:30至17:30在甲方现场值守，其余时间安排远程值班。
（二）驻场人员须经甲方审查同意，并签署保密承诺书；更换人员应提前十日书面告知甲方，并做好交接。

第五条 服务水平
（一）网上服务大厅年度可用率不低于99.95%，计划内维护须安排在夜间并提前三个工作日经甲方批准。
（二）故障分级：
1．一级故障：网厅或手机公积金整体无法访问、提取或贷款业务中断，乙方应在三十分钟内响应，两小时内恢复；
2．二级故障：部分业务功能异常，乙方应在一小时内响应，八小时内修复；
3．三级故障：个别用户问题或咨询，乙方应在一个工作日内处理。
（三）乙方未达到上述服务水平的，应在三个工作日内提交书面故障分析及整改报告，并在甲方规定期限内完成整改。

第六条 考核与验收
（一）甲方每季度按以下标准对乙方服务进行考核验收：
1．月度巡检报告、备份检查记录按时提交且内容完整；
2．季度内每次备份恢复演练均成功，数据校验一致；
3．高危漏洞在发现后五个工作日内完成修复；
4．工单均在系统中闭环，用户满意度调查结果达到良好以上。
（二）年度服务结束时，乙方应提交运维总结报告及全部运维文档，经甲方确认后完成年度验收。

第七条 交付物
（一）乙方应于2025年10月31日前完成网厅系统版本升级及等级保护测评问题整改，并提交升级报告；
（二）乙方应于2026年3月31日前完成一次灾备切换演练，并提交演练报告。

第八条 数据安全
（一）网厅系统中的缴存人信息、账户及业务数据属于甲方所有。乙方仅为履行运维职责接触该等数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
（二）乙方所有运维操作须通过甲方堡垒机进行，严禁使用个人设备连接生产网络；生产数据不得带出甲方机房。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在一小时内报告甲方并配合处置、取证；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应法律责任。

第九条 保密
乙方及其人员对在服务过程中知悉的缴存人个人信息、系统架构、账号口令及甲方工作秘密负有保密义务，保密期限不因本合同终止而终止。

第十条 知识产权
乙方在服务期间为甲方编写的运维脚本、监控规则、应急预案及技术文档的知识产权归甲方所有，甲方可自由使用和修改。

第十一条 违约责任
（一）乙方未按第七条约定期限完成升级、整改或演练的，每逾期一日，按本合同服务费总额的千分之一向甲方支付违约金。
（二）因乙方原因造成甲方数据丢失或业务中断并造成损失的，乙方应赔偿甲方全部损失。

第十二条 分包
乙方可将机房巡检、硬件维修等辅助性工作交由具备相应能力的第三方承担，但应提前五个工作日书面告知甲方，并对第三方的工作成果和行为承担全部责任。

第十三条 合同解除
乙方严重违约或季度考核连续两次不合格，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期限结算费用。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 服务交接
（一）服务期满或合同解除时，乙方应在十五个工作日内向甲方或甲方指定的接续服务商移交全部账号、运维文档、配置清单、脚本及未结工单，并配合完成不少于十个工作日的交接陪同。
（二）交接完成前，乙方不得停止关键业务系统的运维工作，不得删除或修改系统配置。
（三）乙方应交回全部门禁卡、堡垒机账号及甲方提供的设备，并出具数据清除承诺书。

第十六条 信息系统变更管理
（一）乙方对网上服务大厅进行任何变更（包括版本发布、配置修改、补丁安装）的，应提前提交变更申请，说明变更内容、影响范围、回退方案及实施时间，经甲方信息科审批后方可在非业务高峰时段实施。
（二）紧急变更可先经甲方值班负责人口头同意后实施，但乙方应在二十四小时内补办书面手续。
（三）每项变更完成后，乙方应进行功能验证，并将变更记录纳入运维台账。未经审批擅自变更造成业务影响的，乙方应承担相应责任。

第十七条 应急保障
（一）乙方应制定网上服务大厅应急预案，每半年至少组织一次应急演练，并根据演练结果修订预案。
（二）在公积金年度结息、缴存基数调整及重大节假日前，乙方应对系统进行专项检查并安排专人值守，确保业务高峰期稳定运行。
（三）发生重大突发事件时，乙方应按甲方要求增派人员到场，直至事件处置完毕。

第十八条 廉洁条款
乙方不得向甲方工作人员提供任何形式的礼品、礼金、宴请或其他利益；发现违反的，甲方有权解除合同，并将有关情况报送相关主管部门。

第十九条 运维工具与资产管理
（一）乙方应使用甲方认可的运维监控、工单管理工具开展服务，监控数据及工单记录存储于甲方环境，归甲方所有。
（二）乙方应建立并维护网上服务大厅的资产及配置台账，包括服务器、中间件、数据库版本、证书有效期及接口清单，每季度更新一次并报甲方备案。
（三）对证书、域名及第三方组件的到期情况，乙方应提前三十日提醒甲方，并协助完成续期或更换。

第二十条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：__________        乙方（盖章）：__________
签订日期：2025年6月20日
"""
SRC["z05"] = """# 仓储管理系统（WMS）软件许可及定制开发合同

**（链仓科技标准合同文本 V3.0）**

合同编号：LC-WMS-2025-0611

甲方（买方）：武汉辣味坊食品有限公司
乙方（卖方）：长沙链仓科技有限公司

甲方拟在其中央工厂成品冷库及原辅料仓上线仓储管理系统，乙方为专业仓储软件供应商。双方经协商，按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供链仓WMS标准软件许可，并根据甲方需求进行定制开发和实施。

1.2 合同价款明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 链仓WMS软件许可 | 永久许可，含入库、波次拣选、冷链批次、库位管理模块，50个并发用户 | 1,260,000 |
| 2 | 定制开发 | 与甲方ERP、称重系统、PDA及冷链温控平台的接口，卤制品效期先出规则 | 380,000 |
| 3 | 实施服务 | 安装部署、基础数据初始化、用户培训 | 96,000 |
| | 合同总价 | | 1,736,000 |

1.3 合同总价为人民币壹佰柒拾叁万陆仟元整（¥1,736,000），含增值税。

## 第二条 实施周期

2.1 乙方在收到预付款后开始实施，计划实施周期为九十日。因甲方需求变更、基础数据准备不及时等原因导致的延期，实施周期相应顺延。

2.2 甲方应指定项目负责人，配合乙方完成需求调研、数据准备及测试工作。

2.3 需求调研完成后，乙方出具需求确认书，经甲方签字确认后作为定制开发的依据。需求确认书签字后甲方提出的新增需求，视为需求变更，乙方有权另行收费。

2.4 乙方项目经理负责实施计划、进度及人员安排，乙方可根据项目情况调整实施人员，调整后通知甲方。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币868,000元。

3.2 系统上线后五个工作日内，甲方支付合同总价剩余的50%，即人民币868,000元。

3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，由此导致的工期延误由甲方承担。

## 第四条 上线与验收

4.1 乙方完成部署并通知甲方后，系统即投入上线运行。

4.2 系统上线运行之日即视为甲方验收合格。甲方对系统功能有异议的，应在上线后七日内书面提出，逾期未提出的视为无异议。

## 第五条 知识产权

5.1 链仓WMS软件及乙方在本合同项下完成的全部定制开发成果（包括接口程序、业务规则配置、报表及相关文档）的知识产权均归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或交由第三方维护。

## 第六条 技术支持与质保

6.1 自系统上线之日起六个月为免费质保期，质保期内乙方通过电话、远程方式提供技术支持，并免费修复软件缺陷。

6.2 乙方将尽商业上合理的努力及时处理甲方提出的问题，具体处理时间视问题性质而定。

6.3 质保期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可费的25%计取，即每年人民币315,000元，按年预付。

6.4 因甲方操作不当、擅自修改系统或硬件环境故障导致的问题，不属于免费质保范围。

## 第七条 数据安全

7.1 甲方在系统中录入和产生的库存、批次、客户及订单数据属于甲方所有，乙方不得将其用于本合同以外的目的。

7.2 乙方远程支持须经甲方同意，通过甲方提供的账号进行，操作记录留存备查。乙方应采取必要的技术措施防止数据泄露；因乙方原因造成数据泄露的，乙方承担相应赔偿责任，发现数据安全事件后应在二十四小时内通知甲方。

## 第八条 保密

双方对在合作过程中知悉的对方技术资料、商业信息负有保密义务，未经对方书面许可不得向第三方披露。本条在合同终止后两年内有效。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

9.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

## 第十条 合同解除

10.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

10.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

## 第十一条 甲方义务

11.1 甲方应按乙方要求提供系统运行所需的软硬件环境、网络条件及必要的现场办公条件，并保证其符合乙方产品说明书的要求。

11.2 甲方应指定熟悉业务的人员参与需求调研和系统测试，并按乙方要求及时提供物料主数据、库位数据、客户及供应商资料等基础数据，保证数据真实、完整、准确。

11.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当、账号泄露造成的损失由甲方自行承担。

11.4 甲方需求确认后提出变更的，应书面提出，乙方评估工作量后另行报价，实施周期相应顺延。

## 第十二条 系统环境与上线准备

12.1 乙方负责在甲方提供的服务器上安装WMS系统及其运行所需的中间件，并完成PDA终端、条码打印机及电子秤的联调。

12.2 上线前，甲方应完成物料编码、库位编码、安全库存及效期参数的整理，并组织仓库人员参加培训。乙方提供数据模板，但对甲方数据的准确性不承担责任。

12.3 上线切换期间，甲方应安排仓库暂停收发货不少于两日，以便乙方完成库存盘点数据导入。因甲方未按时完成盘点导致上线推迟的，由甲方承担相应后果。

12.4 系统上线后，乙方安排实施顾问现场支持五个工作日，之后转为远程支持。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致无法履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商处理。

## 第十四条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 培训与服务

15.1 乙方为甲方提供不超过五人天的现场培训，超出部分按乙方人天单价另行收费。

15.2 甲方需要乙方提供现场服务的，应提前三个工作日预约，乙方根据人员安排确定到场时间。质保期外的现场服务按乙方收费标准另行计费。

15.3 系统运行所需的服务器、数据库、操作系统、PDA终端、网络及打印设备由甲方自行采购并负责维护，乙方可提供配置建议。

15.4 乙方有权对软件进行版本升级，升级后的功能以乙方发布的版本说明为准。甲方定制的功能在升级后的兼容适配，按新的定制开发需求另行报价。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同的附件、报价单及乙方产品说明书为本合同组成部分。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：2025年6月11日
"""
SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MT-CN-2025-031
P:This Agreement is made between Changzhou Hengrun Precision Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Meccatronica Torinese S.r.l., a company incorporated in Italy with its registered office at Strada Genova, Moncalieri (Turin), Italy (the "Vendor").
P:The Buyer operates three machining halls producing hydraulic valve bodies and wishes to license the Vendor's tool-life and machining analytics software, and to obtain configuration, integration and training services for its Changzhou plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MT-Analytics suite, version 7, in object code, with its documentation, as described in Annex 1.
P:1.2 "Custom Deliverables" means the machine connectors, dashboards, reports, data mappings and scripts that the Vendor creates for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all machine, production, quality and personnel data that the Buyer or its machines supply to, or generate in, the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope and Price
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's Changzhou plant for up to 140 connected machines and 60 named users, for the Buyer's internal business purposes.
P:2.2 The Vendor shall configure the Software, build connectors to the Buyer's 140 CNC machines and its MES, migrate the tool records of the last three years, and train the Buyer's engineers, as set out in Annex 2.
P:2.3 The Contract Price is CNY 1,910,000, fixed and inclusive of taxes, travel and expenses, made up of: Software licence fee CNY 1,380,000; configuration and integration CNY 420,000; training CNY 46,000; project management CNY 64,000.
H:Article 3 Delivery and Timetable
P:3.1 The Vendor shall install the Software on the Buyer's servers within 30 days after signature and complete configuration and integration within 150 days after signature.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese or works with a Chinese interpreter at the Vendor's cost, and shall report progress in writing every two weeks.
P:3.3 The Buyer shall provide server capacity, network access, machine documentation and the cooperation of its engineers as reasonably requested.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate confirms that the Software is installed; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out acceptance tests under a test plan agreed with the Buyer. The acceptance criteria are: (a) all 140 machines connected, with spindle load and tool data shown in the Software within 5 seconds; (b) tool-life predictions for the pilot cell within the tolerance stated in Annex 2; (c) the tool records migrated in full and reconciled with the Buyer's spreadsheets; (d) the MES interface running for 20 consecutive working days without a Severity 1 fault.
P:5.2 The Buyer shall take part in the tests and state any failure in writing. The Vendor shall correct failures and repeat the tests at its own cost.
P:5.3 Final Acceptance occurs only when the Buyer signs the acceptance certificate. Productive use of the Software, the Installation Certificate or any payment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 151,800), which the Vendor shall not increase for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Severity 1 faults (the Software unavailable for a machining hall, or tool data lost) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 faults shall be responded to within two hours and resolved within two working days.
P:6.4 For each hour by which the Vendor misses a Severity 1 response or resolution time, the Vendor shall credit CNY 1,200 against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain with the Vendor, subject to the licence in Article 2.1.
P:7.2 The Custom Deliverables and all intellectual property in them belong to the Buyer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license them, and have third parties maintain them, without restriction.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking, product development or training of models, whether or not anonymised.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway provided by the Buyer, with individual accounts and logged sessions, and shall not copy Buyer Data outside the Buyer's network. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected security incident affecting Buyer Data, cooperate in containment and investigation, and be liable for all loss caused by an incident attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, prices and the terms of this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete configuration and integration by the date in Article 3.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of third-party rights, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor as for its own staff.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Italy.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of the Chamber of Arbitration of Piedmont, seated in Turin, by three arbitrators, in English.
H:Article 14 Force Majeure and Notices
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund any amount paid for work not delivered.
P:14.2 Notices shall be in writing, in English or Chinese, and delivered by courier or by e-mail with confirmation of receipt to the addresses in Annex 1. A party may change its address by notice to the other.
P:14.3 The Vendor shall keep the Software compatible with the operating system and database versions listed in Annex 1 and with their successor versions released during the Warranty Period, and shall give the Buyer at least six months' notice before withdrawing support for any version the Buyer is using.
H:Article 15 General
P:15.1 Annexes 1 (Software description) and 2 (Statement of Work and test tolerances) form part of this Agreement. In case of conflict, the Articles prevail.
P:15.2 This Agreement is signed in two English originals and takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — LINEWATCH CLOUD

Order Form No. LW-OF-2025-0288

Provider: Linewatch Italia S.r.l., Via Porrettana, Casalecchio di Reno (Bologna), Italy ("Provider")

Customer: Foshan Meixin Food Packaging Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Linewatch Cloud, Provider's hosted service for monitoring the performance of packaging lines: overall equipment effectiveness (OEE) dashboards, stop-reason capture, shift reports, maintenance alerts and the Linewatch edge connector software. Scope: 14 packaging lines at Customer's Shunde plant, up to 80 named users and 14 edge connectors.

### A2. Subscription Term

24 months from the Go-Live Date (two Subscription Years). The Go-Live Date is the date on which Customer signs the go-live acceptance under section 4 of Part B. The Subscription Term ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 14 lines, 80 users | 318,000 |
| Subscription, Subscription Year 2 | 14 lines, 80 users | 318,000 |
| Onboarding (connector installation, line modelling, training) | one-time | 64,000 |
| Total Fees for the Subscription Term | | 700,000 |

All amounts are in CNY and include VAT. The Subscription fee for Year 2 is fixed at the amount above.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after the Go-Live Date and is payable within 30 days of invoice.

(b) The Subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) Customer pays by bank transfer to Provider's account in China held through its reseller of record, Shanghai Lineview Trading Co., Ltd., which issues the official VAT invoices (fapiao).

### A5. Service Levels

(a) Monthly availability of Linewatch Cloud (excluding scheduled maintenance announced at least five days ahead and carried out between 01:00 and 05:00 China Standard Time): 99.95%.

(b) Support is provided in Chinese and English. Severity 1 (the service unavailable, or data from more than three lines not received): response within 30 minutes, 24 hours a day. Severity 2 (a function or a line affected): response within two hours during business hours. Severity 3: response within one business day.

(c) Service credits: if monthly availability falls below the level in A5(a), Customer receives a credit of 5% of the monthly share of the Subscription fee for each 0.1 percentage point (or part of it) below that level, up to 50% of that monthly share. If a Severity 1 response is late, Customer receives a credit of CNY 600 for each hour of delay. Credits are deducted from the next invoice.

### A6. Contacts and Signatures

Provider contact: customer success manager for Greater China, cs-china@linewatch.example. Customer contact: head of engineering, Shunde plant.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer, its users or its machines submit to the Subscribed Service, including line signals, stop reasons, production counts, user names and reports generated from them.

1.2 "Customer Configurations" means the line models, stop-reason trees, dashboards and report templates that Provider builds for Customer during onboarding or later at Customer's request.

1.3 "Documentation" means Provider's user guides and service description for the Subscribed Service, as current on the date of the Order Form.

### 2. Access and Use

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable right for its named users to access and use the Subscribed Service, and to install the edge connector software on Customer's premises, for Customer's internal business purposes.

2.2 Customer shall not resell the Subscribed Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 Customer is responsible for the accuracy of the data it enters and for the conduct of its users.

### 3. Onboarding

3.1 Provider shall install the edge connectors, model the 14 lines, build the Customer Configurations described in the onboarding plan and train Customer's key users within 60 days after the date of the Order Form.

3.2 If the Go-Live Date is delayed beyond that period for reasons attributable to Provider, Provider shall pay Customer CNY 420 for each day of delay, and these amounts may be deducted from any invoice.

3.3 Customer shall give Provider's engineers reasonable access to the lines and make available a network connection from the plant to the Subscribed Service.

### 4. Go-Live Acceptance

4.1 Provider shall demonstrate, in a go-live test agreed with Customer, that: (a) all 14 lines send signals and the OEE values shown match Customer's manual count for two full shifts within the tolerance in the onboarding plan; (b) stop reasons can be captured on each line terminal; (c) shift reports are produced and sent automatically; (d) the Customer Configurations work as described in the onboarding plan.

4.2 Customer shall sign the go-live acceptance when the test is passed, or state the failures in writing within five business days. Provider shall remedy the failures and repeat the test. Use of the Subscribed Service before acceptance does not mean acceptance.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider may use Customer Data only to provide the Subscribed Service to Customer and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.

5.2 Customer Data is hosted in a data centre in the People's Republic of China operated by a hosting partner of Provider's reseller.

5.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 30 days and then delete it.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement, including Customer Data, production figures, pricing and the terms of this Agreement. It shall use such information only to perform this Agreement and shall disclose it only to employees, contractors and advisers who need to know it and are bound by similar obligations.

6.2 These obligations do not apply to information that is or becomes public without fault of the receiving party, or that the receiving party already lawfully had. They survive for three years after the end of this Agreement.

### 7. Intellectual Property

7.1 Provider owns the Subscribed Service, the edge connector software, the Documentation and all improvements to them.

7.2 Customer Configurations belong to Customer. Provider shall export them on request in a documented format, and Customer may use, modify and let third parties use them without restriction.

### 8. Subcontractors

8.1 Provider may use subcontractors and subprocessors, including its reseller of record, its hosting partner and local installation partners, to perform this Agreement. Provider will inform Customer of any new subcontractor or subprocessor by e-mail and remains responsible for their performance.

### 9. Warranties

9.1 Provider warrants that the Subscribed Service will perform materially in accordance with the Documentation and that onboarding will be carried out with reasonable skill and care.

9.2 If the Subscribed Service does not conform, Provider shall correct it without undue delay. This does not limit the service credits in A5 or Customer's right to terminate under section 11.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

10.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

10.3 The limits in this section do not apply to personal injury, fraud or wilful misconduct.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term stated in A2.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it. Customer may also terminate if monthly availability falls below the level in A5(a) in any three months of a Subscription Year.

11.3 If Customer terminates under section 11.2, Provider shall refund the prepaid Subscription fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Agreement without the other's written consent, except that Provider may assign it to an affiliate that takes over its business in China.

13.2 Notices shall be given in writing to the contacts in A6. This Agreement is the entire agreement between the parties on its subject and replaces any earlier proposal.
"""
SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR BRIDGE STRUCTURAL HEALTH MONITORING
P:Contract No. ZJJH-SHM-2025-07
P:Buyer: Zhejiang Jiahang Expressway Operation Co., Ltd., Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer")
P:Supplier: Sismotec Campania S.r.l., Via Campi Flegrei, Pozzuoli (Naples), Italy (the "Supplier")
P:The Buyer operates four river bridges on the Jiahang Expressway and has selected the Supplier, after a competitive tender, to supply and install a structural health monitoring system. This Contract is on the Buyer's standard form.
H:1. Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, data loggers and gateways listed in the Price Schedule on the four bridges, and license to the Buyer its SHM-Monitor software, so that the system meets the acceptance criteria in clause 5.
P:1.2 The Supplier shall train the Buyer's bridge engineers and control-room staff and deliver as-built drawings, calibration certificates and manuals in Chinese and English.
H:2. Price
P:2.1 The Contract Price is CNY 2,180,000, fixed and inclusive of taxes, duties, transport, insurance and all costs until Final Acceptance, as set out below.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Tri-axial MEMS accelerometers|180|702,000
TB:2|Vibrating-wire strain gauges|60|156,000
TB:3|Data loggers with 4G/fibre gateways|24|444,000
TB:4|SHM-Monitor software, perpetual licence, unlimited users|1|520,000
TB:|Equipment and Licence Subtotal||1,822,000
TB:5|Installation on four bridges, cabling and enclosures|lot|236,000
TB:6|Calibration and commissioning|lot|88,000
TB:7|Training|lot|34,000
TB:|Contract Price||2,180,000
H:3. Delivery
P:3.1 The Supplier shall deliver all equipment to the Buyer's Jiaxing depot within 90 days after signature and complete installation within 150 days after signature, working only in the lane-closure windows approved by the traffic police.
P:3.2 The Supplier shall observe the Buyer's site safety rules and shall provide its own working platforms and traffic protection approved by the Buyer.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate, which confirms that all equipment is installed on the bridges. The Installation Certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price within 30 days after Final Acceptance.
H:5. Acceptance
P:5.1 Acceptance criteria: (a) every sensor reports to SHM-Monitor with a data completeness of at least 98% over a 30-day trial run; (b) accelerometer readings agree with a reference instrument within the tolerance in the technical specification; (c) alarms for thresholds set by the Buyer's bridge engineers reach the control room within 10 seconds; (d) the system exports data to the Buyer's bridge management system.
P:5.2 Final Acceptance is given by the Buyer's written certificate after the trial run. Installation, operation or use by the Buyer before that certificate is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace failed equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Buyer may order annual support at no more than 7% of the Equipment and Licence Subtotal per year (CNY 127,540), fixed for three years. Each year is ordered separately and nothing renews automatically.
P:6.3 Fault levels and response times:
TB:Level|Description|Response|Restoration
TB:Level 1|Monitoring of a whole bridge lost, or alarms not delivered|30 minutes|24 hours
TB:Level 2|A group of sensors or one logger failed|2 hours|3 working days
TB:Level 3|Single sensor, questions|1 working day|next site visit
P:6.4 For each hour by which a Level 1 response or restoration time is exceeded the Supplier shall pay CNY 1,000, deducted from any amount due to it.
H:7. Intellectual Property
P:7.1 The SHM-Monitor software remains the Supplier's property. The Buyer's licence is perpetual and irrevocable.
P:7.2 Bridge-specific models, alarm rules, reports, interfaces and scripts made for the Buyer belong to the Buyer, with source code, and the Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 All monitoring data, drawings and inspection records belong to the Buyer and may be used by the Supplier only to perform this Contract, not for any other purpose, also not in anonymised form.
P:8.2 The system is installed on the Buyer's servers in Jiaxing. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, with logging. The Supplier shall not copy data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident within 12 hours, cooperate in containing it and be liable for loss caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the bridges, the Buyer's networks and the results of monitoring, and shall not disclose it without the Buyer's prior written consent, during this Contract and for five years afterwards.
H:10. Delay and Liability
P:10.1 For each day of delay in installation the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% in total.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any work without the Buyer's prior written consent and is responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission.
H:14. Insurance, Site Work and Compliance
P:14.1 The Supplier shall maintain, at its own cost, public liability insurance and employer's liability or work-injury insurance covering its staff and subcontractors working on the bridges, and shall give the Buyer copies of the policies before work on site begins.
P:14.2 The Supplier's staff working at height or above traffic shall hold the certificates required by PRC law, wear the protective equipment required by the Buyer's site rules and attend the Buyer's safety briefing before each lane closure. The Buyer may remove from site any person who breaks those rules.
P:14.3 The Supplier shall arrange the import of the equipment, including customs clearance, and shall bear all import duties and charges. Equipment shall carry the certificates and markings required for use in the People's Republic of China, and the Supplier warrants that the supply is not restricted by any export-control rule that would prevent its delivery or later repair.
P:14.4 The Supplier shall keep a stock of spare sensors and loggers in China sufficient to meet the restoration times in clause 6.3, and shall keep spare parts available for at least eight years after Final Acceptance.
H:15. Documentation and Training
P:15.1 Before Final Acceptance the Supplier shall deliver: as-built drawings of every sensor location; calibration certificates of every sensor and logger; the user and administrator manuals of SHM-Monitor; the interface description of the export to the Buyer's bridge management system; and a maintenance plan for the warranty period.
P:15.2 Training shall cover at least three sessions for bridge engineers (data review, alarm setting, reports) and two sessions for control-room staff (alarm handling, escalation). The Supplier shall provide an interpreter where the trainer does not speak Chinese.
H:16. Force Majeure
P:16.1 A party prevented from performing by events beyond its reasonable control, such as typhoons, floods, earthquakes, epidemics or government orders, shall notify the other party promptly and give evidence of the event. Time for performance is extended by the duration of the event. If the event lasts more than 90 days, either party may terminate this Contract by written notice and the parties shall settle the amounts due for work already delivered and accepted.
H:17. Records and Inspection
P:17.1 The Supplier shall keep installation records, photographs of each sensor mount, cable routes and test results, and hand them over with the as-built drawings. The Buyer's engineers and the Buyer's supervising engineer may inspect the work on the bridges and in the Supplier's workshop at any reasonable time, and may reject any equipment or workmanship that does not meet the technical specification. Rejected items shall be replaced at the Supplier's cost within the time reasonably set by the Buyer, and inspection or approval by the Buyer does not relieve the Supplier of its obligations under this Contract.
H:18. General
P:18.1 The tender documents, the Supplier's bid and the technical specification form part of this Contract. In case of conflict, this Contract prevails, then the technical specification, then the bid.
P:18.2 Neither party may assign this Contract without the other party's written consent. Amendments shall be in writing and signed by both parties. This Contract is made in Chinese and English; both versions have equal force, and in case of difference the Chinese version prevails. It takes effect on signature and seal by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e04"] = """# MANAGED SERVICES AGREEMENT

Agreement No. PSD-MSA-2025-11

**Customer:** Ningbo Haixin Home Appliances Co., Ltd., Cixi, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Panormus Service Desk S.r.l., Via Libertà, Palermo, Italy, acting in China through its Shanghai branch ("Provider")

## Section 1. Services

1.1 Provider shall provide a managed service desk, end-user device management and server monitoring for Customer's head office and two factories, as described in Schedule 1 (the "Services"), for a term of 36 months from the Service Commencement Date (the "Term").

1.2 Before the Service Commencement Date Provider shall carry out a transition: take over tickets and knowledge articles from Customer's current supplier, enrol about 2,300 devices in the device-management tool, set up monitoring for 160 servers and train the service-desk agents on Customer's systems.

1.3 The Service Commencement Date is the date on which Customer signs the transition acceptance under Section 4.

## Section 2. Charges and Payment

2.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,230,000.

2.2 The transition fee is invoiced after the transition acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

2.3 The monthly service charge is fixed for the Term. Changes in device numbers of up to 10% either way do not change the charge; larger changes are priced at the unit rates in Schedule 3.

## Section 3. Service Levels

3.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

3.2 If a service level is missed, Provider shall give Customer the service credit set out in Schedule 2. Service credits are deducted from the next invoice and are not Customer's only remedy.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition within 75 days after signature.

4.2 Transition acceptance criteria: (a) all open tickets and knowledge articles migrated and checked by sampling; (b) at least 98% of listed devices enrolled and reporting; (c) all 160 servers monitored with alerts routed to the service desk; (d) a two-week parallel run with no missed Priority 1 ticket.

4.3 Customer shall sign the transition acceptance when the criteria are met, or list the failures in writing within five business days. Use of the Services before that date is not acceptance.

4.4 If the transition is late for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

## Section 5. Customer Data and Data Security

5.1 All data that Provider accesses or processes for Customer, including tickets, device inventories, user information and logs, belongs to Customer. Provider shall process it only to perform the Services and for no other purpose.

5.2 Provider shall store Customer data only in the People's Republic of China, use named accounts with multi-factor authentication, log administrative access, and follow Customer's security policies and the PRC data protection laws.

5.3 Provider shall notify Customer within 8 hours of any security incident affecting Customer data, cooperate fully in the response and be liable for loss caused by incidents attributable to Provider.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and disclose it only to persons who need to know it and are bound by equal obligations. This applies during the Term and for five years afterwards.

## Section 7. Intellectual Property

7.1 Provider keeps its tools and methods. Runbooks, scripts, knowledge articles and configurations created for Customer belong to Customer, which may use, modify and share them with a successor supplier without restriction.

## Section 8. Personnel and Subcontracting

8.1 Provider shall staff the service desk with agents able to work in Chinese and shall keep the named service manager for at least the first year of the Term.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## Section 9. Liability

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 Provider's total liability under this Agreement in all cases is limited to the charges paid by Customer in the nine months preceding the claim. This limit does not apply to personal injury, fraud or breach of Section 5.

## Section 10. Term, Expiry and Exit

10.1 This Agreement begins on signature and ends at the end of the Term. It does not renew automatically.

10.2 Neither party may terminate this Agreement before the end of the Term, except that Provider may suspend or terminate the Services if Customer fails to pay undisputed charges within 60 days after a written reminder. Customer's remedies for a breach by Provider are service credits and damages under Section 9.

10.3 At the end of the Term Provider shall support the handover to Customer or a new supplier for up to 60 days at the rates in Schedule 3, and return all Customer data.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center.

## Section 12. Governance and Reporting

12.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service-level report, open problems, planned changes and the improvement plan, and shall record decisions in minutes approved by both parties.

12.2 Provider's monthly report shall show, for each measure in Schedule 2, the target, the result, the tickets that missed the target and the service credit due, together with trends and the main causes of repeated incidents.

12.3 Once a quarter the parties shall hold a review with their senior managers to discuss the results of the Services, customer satisfaction surveys, the forecast of device numbers and any proposal for change.

## Section 13. Changes

13.1 Either party may request a change to the Services. Provider shall respond within ten business days with the effect on charges, service levels and timetable. No change is binding until both parties sign a change note.

13.2 Provider shall not change the tools used to deliver the Services in a way that reduces the Services or affects Customer's systems without Customer's prior written approval.

## Section 14. Compliance and Audit

14.1 Provider shall comply with all laws that apply to the Services, including labour, tax and data protection laws of the People's Republic of China, and with Customer's supplier code of conduct.

14.2 Customer or an auditor appointed by it may, on ten business days' notice and not more than once a year, audit Provider's records relating to the Services, the service-level reports and the handling of Customer data. Provider shall correct any shortcoming found within the period agreed in the audit report.

## Section 15. Continuous Improvement and Satisfaction

15.0 Provider shall run a short satisfaction survey after each closed ticket and a full survey of Customer's users twice a year, share the results with Customer and agree an improvement plan for any area rated below the level agreed at the quarterly review. Provider shall propose each year at least three measures that reduce the number of tickets, such as self-service password resets or automated software installation.

## Section 16. General

16.1 Neither party may assign this Agreement without the other party's written consent. Notices shall be in writing and sent to the service managers, with a copy to each party's legal department. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, e-mail, portal; Chinese and English | 24 hours, 7 days |
| Device management | About 2,300 laptops and desktops: patching, software distribution, inventory | Business days |
| On-site support | Head office and two factories, one engineer each | 08:00–18:00 business days |
| Server monitoring | 160 servers, alerts and first-level fixes | 24 hours, 7 days |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 response (site or factory line stopped) | 15 minutes | CNY 1,000 per late ticket |
| Priority 1 restoration | 6 hours | CNY 2,000 per late ticket |
| Priority 2 response | 1 hour | CNY 300 per late ticket |
| Service portal availability | 99.95% monthly | 2% of monthly charge per 0.1 point below |
| First-call resolution | 70% monthly | 1% of monthly charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 124,000 |
| Monthly service charge | 36 months × 58,500 | 2,106,000 |
| Total charges for the Term | | 2,230,000 |
| Handover support | per engineer day | 2,600 |
"""
SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AM-DS-2025-044

PARTIES

Provider: Adriamar Data S.r.l., Riva Nazario Sauro, Trieste, Italy ("Provider").
Customer: Tianjin Hailian International Freight Forwarding Co., Ltd., Binhai New Area, Tianjin, People's Republic of China ("Customer").

BACKGROUND

Provider operates a maritime data service with vessel positions, port calls, schedule reliability and estimated arrival times. Customer wishes to receive this data through Provider's API and to have it integrated into its shipment tracking system.

1. DEFINITIONS

1.1 "Data Service" means Provider's Adriamar Vessel and Port API, including the data feeds listed in Annex A.
1.2 "Subscription Year" means the first year of the subscription beginning on the Start Date, and each following year beginning on an anniversary of the Start Date.
1.3 "Start Date" means the date on which Customer accepts the integration under clause 4.
1.4 "Customer Data" means shipment lists, container numbers, booking references, user accounts and query logs that Customer submits to or generates in the Data Service.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Start Date (the "Initial Term"), a non-exclusive right to call the Data Service up to the volume in Annex A and to use and display the data received in Customer's own systems and in tracking pages for Customer's clients.
2.2 Customer shall not resell the raw data feeds as a stand-alone product.
2.3 Customer may let its affiliates in mainland China and its contracted software developers use the Data Service on Customer's behalf, provided that Customer remains responsible for their use and that the total volume stays within Annex A. Tracking pages shown to Customer's clients may display vessel names, positions and arrival estimates with a reference to Provider as the source.
2.4 Provider shall keep the Data Service compatible with the integration accepted under clause 4 for the whole Initial Term, and shall provide reasonable help, at no extra charge, when Customer moves its tracking system to a new hosting environment.

3. FEES AND PAYMENT

3.1 Subscription fee: CNY 286,000 for each Subscription Year, CNY 572,000 for the Initial Term. Integration fee: CNY 38,000, one-time. Total for the Initial Term: CNY 610,000, including VAT.
3.2 The integration fee is invoiced after integration acceptance. The subscription fee for each Subscription Year is invoiced at the beginning of that Subscription Year. Invoices are payable within 30 days.
3.3 Calls above the volume in Annex A are charged at the overage rate in Annex A, monthly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall connect the Data Service to Customer's shipment tracking system within 45 days after signature, including the mapping of Customer's vessel and port codes.
4.2 Acceptance criteria: (a) arrival estimates for a test list of 500 containers returned correctly for ten consecutive days; (b) average API response time below 800 milliseconds; (c) webhooks for port-call events delivered to Customer's endpoint; (d) documentation handed over.
4.3 Customer shall confirm acceptance in writing or list the failures within five business days. Use of test data before acceptance is not acceptance.
4.4 If the integration is late for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 Monthly availability of the Data Service: 99.95%, excluding maintenance announced five days ahead.
5.2 Priority 1 incidents (API unavailable or data more than two hours stale): response within one hour, at any time. Priority 2 incidents: response within eight business hours.
5.3 If monthly availability is below the target, Customer receives a credit of 5% of the monthly share of the subscription fee for each 0.1 point below target, up to 30 days of fees. Credits are applied to the next invoice.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall process it only to provide the Data Service to Customer and shall not use it for any other purpose, whether identified, aggregated or anonymised.
6.2 Provider shall serve Customer from infrastructure in the People's Republic of China, encrypt Customer Data in transit and at rest, restrict access to named staff and keep access logs for one year.
6.3 Provider shall notify Customer within 24 hours of a security incident affecting Customer Data, take immediate steps to contain it and be liable for loss caused by incidents attributable to Provider.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data Service and its data. The integration code and mappings written for Customer belong to Customer, which may use and modify them freely.

8. RENEWAL

8.1 After the Initial Term, this Agreement renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.
8.2 Provider may change the subscription fee for any renewal Subscription Year by notice to Customer at least 30 days before renewal. The new fee applies from the start of the renewal Subscription Year.

9. SUBCONTRACTING

9.1 Provider may not subcontract its obligations without Customer's prior written consent.

10. LIABILITY

10.1 Neither party is liable for indirect loss. Each party's total liability is limited to 150% of the total fees for the Initial Term, except for fraud, wilful misconduct and clause 6.

11. TERMINATION

11.1 Either party may terminate this Agreement if the other commits a material breach and does not remedy it within 30 days after written notice. Provider shall refund fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission.

13. SUPPORT, DOCUMENTATION AND CHANGES TO THE DATA SERVICE

13.1 Provider shall provide support in English and Chinese through its ticket portal and by e-mail. Provider shall keep the API documentation up to date and publish release notes for each new version of the Data Service.
13.2 Provider may improve the Data Service from time to time. Provider shall give Customer at least 90 days' notice before removing a data field or an API version that Customer uses, and shall keep the previous version available during that period, so that Customer can adapt its integration.
13.3 Provider shall give Customer a test environment with sample data for the Initial Term, at no extra charge, so that Customer can test changes to its own systems.

14. DATA QUALITY

14.1 Provider shall take reasonable care that the data delivered is accurate and current, shall correct errors reported by Customer within five business days, and shall report the schedule-reliability and arrival-estimate accuracy for the main trade lanes used by Customer each quarter.
14.2 Vessel positions and port-call events come from public and licensed sources. Provider does not guarantee that each individual position or estimate is correct, but a systematic error affecting Customer's shipments is a defect that Provider shall correct.

15. COMPLIANCE

15.1 Each party shall comply with the laws that apply to it, including the laws of the People's Republic of China on cybersecurity, data and personal information. Provider shall not deliver data whose use by Customer in China would be unlawful.
15.2 Each party shall comply with applicable anti-bribery laws and shall not offer or give any improper payment or benefit in connection with this Agreement.

15A. CUSTOMER OBLIGATIONS

15A.1 Customer shall protect its API keys, use them only in its own systems and tell Provider without delay if a key may have been misused, so that Provider can revoke it and issue a new one.
15A.2 Customer shall not exceed the call rates in Annex A by automated bursts that may disturb other users of the Data Service. If Customer's traffic regularly exceeds the agreed volume, the parties shall discuss a higher volume tier at the prices in Annex A.
15A.3 Customer shall name a technical contact for the integration and for incident handling, and shall keep its endpoint for webhooks available and able to receive events.

15B. REPORTS AND REVIEW

15B.1 Provider shall send Customer a monthly report showing availability, incidents, response times, credits due and call volumes. The parties shall meet by video each quarter to review the report, planned changes to the Data Service and Customer's integration needs.

16. FORCE MAJEURE

16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, wide-scale telecommunications failures or acts of government, if it notifies the other party promptly and takes reasonable steps to resume performance. Fees for any period in which the Data Service is not provided because of such an event are credited to Customer.

17. GENERAL

17.1 Neither party may assign this Agreement without the other party's written consent. Notices shall be sent in writing to the addresses above and by e-mail to the contacts named in Annex A.
17.2 Annex A (data feeds, volumes and overage rate) forms part of this Agreement. This Agreement is made in English and Chinese; both versions have equal force. It takes effect on signature by both parties.

SIGNATURES

For Provider: ____________________
For Customer: ____________________
"""

TARGETS = {
    "z01": ("h602z01_emergency_dispatch_data_platform.pdf", "pdf"),
    "z02": ("h602z02_dairy_uht_line_control_retrofit.docx", "docx"),
    "z03": ("h602z03_optical_chain_fitting_records_saas.txt", "txt"),
    "z04": ("h602z04_housing_fund_online_hall_om_service.txt", "txt"),
    "z05": ("h602z05_duck_neck_factory_wms_supplier_template.md", "md"),
    "e01": ("h602e01_turin_machining_analytics_perpetual_licence.pdf", "pdf"),
    "e02": ("h602e02_bologna_packaging_oee_saas_order_form.md", "md"),
    "e03": ("h602e03_naples_bridge_monitoring_sensors_licence.docx", "docx"),
    "e04": ("h602e04_palermo_managed_service_desk_36_months.md", "md"),
    "e05": ("h602e05_trieste_vessel_data_api_subscription.txt", "txt"),
}

G, S = "goods_or_licence", "service"
# key: lang, category, kind, terms (API order), extra, design rules; TCO inputs for goods (fee base, price sums)
D = {
 "z01": dict(lang="zh", cat="software", kind=G, value=2240000, parts=[1180000, 760000, 214000, 86000], base=1180000,
   t=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
          acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   rules=[], pay=[20, 45, 35]),
 "z02": dict(lang="zh", cat="hardware", kind=G, value=1410000, parts=[486000, 128000, 164000, 312000, 96000, 142000, 58000, 24000], base=1186000,
   t=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None, prepayment_pct=10,
          acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=8,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   rules=["CR-DATA-OWNERSHIP", "CR-LD-LOW"], pay=[10, 35, 50, 5]),
 "z03": dict(lang="zh", cat="cloud", kind=S, value=331600, parts=[136800, 136800, 58000],
   t=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=300 / 331600 * 100, liability_cap_pct=200,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], pay=[]),
 "z04": dict(lang="zh", cat="services", kind=S, value=586000, parts=[146500] * 4,
   t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
          acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   rules=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], pay=[]),
 "z05": dict(lang="zh", cat="software", kind=G, value=1736000, parts=[1260000, 380000, 96000], base=1260000,
   t=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=50,
          acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None, governing_law=None),
   x=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
   rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
          "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], pay=[50, 50]),
 "e01": dict(lang="en", cat="software", kind=G, value=1910000, parts=[1380000, 420000, 46000, 64000], base=1380000,
   t=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
          acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False, governing_law="Italy"),
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   rules=["CR-GOVERNING-LAW"], pay=[20, 45, 35]),
 "e02": dict(lang="en", cat="cloud", kind=S, value=700000, parts=[318000, 318000, 64000],
   t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=420 / 700000 * 100, liability_cap_pct=6 / 24 * 100,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=True, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], pay=[]),
 "e03": dict(lang="en", cat="hardware", kind=G, value=2180000, parts=[702000, 156000, 444000, 520000, 236000, 88000, 34000], base=1822000,
   t=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=None,
          acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   rules=[], pay=[55, 45]),
 "e04": dict(lang="en", cat="services", kind=S, value=2230000, parts=[124000] + [58500] * 36,
   t=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=2000 / 2230000 * 100, liability_cap_pct=9 / 36 * 100,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
          subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   rules=["CR-LIABILITY-CAP", "CR-TERMINATION"], pay=[]),
 "e05": dict(lang="en", cat="cloud", kind=S, value=610000, parts=[286000, 286000, 38000],
   t=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=500 / 610000 * 100, liability_cap_pct=150,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC"),
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"], pay=[]),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Turin arbitration seat; not a label key

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d):
    t = d["t"]
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["base"] * years_after
    return fees / (d["value"] + fees) * 100


def derive(k, d):
    t, x, r = d["t"], d["x"], set()
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
    if d["kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(d) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(k, d):
    name = TARGETS[k][0]
    terms = dict(d["t"])
    terms["contract_kind"] = d["kind"]
    extra = {"sla_clause": d["x"]["sla_clause"], "ld_stated": d["x"]["ld_stated"]}
    if d["kind"] == G:
        extra["post_warranty_fee_capped"] = d["x"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = d["x"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


NB = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)", NB + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时|-hour)", r"(?<![十\d])四\s*(?:个)?小时", r"\bfour[\s-]*hours?",
    NB + r"0\.050*(?!\d)", r"万分之五(?!十)", r"0\.5\s*‰", r"千分之零点五",
    NB + r"100\s*%", r"百分之百", r"hundred\s*per\s*cent", NB + r"100\s*per\s*cent",
    NB + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    NB + r"12\s*(?:calendar\s*)?(?:months?|个月|-month)", r"十二\s*个?月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"质保期?为?一年", r"one[\s-]*year\s*warranty",
    NB + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    NB + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "within 4h", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "质保期为一年"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "14 hours", "0.055%", "万分之五十", "130%", "1,100%", "0.15%", "115%",
             "24 months", "112 months", "140%", "2.40%", "0.3%", "百分之三十五", "4.5 days", "第4条"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def main():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, d in D.items():
        name = TARGETS[k][0]
        text = read_back(OUT / name)
        n = len(text) if d["lang"] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        nonws = len(re.sub(r"\s", "", text))
        print("%s %s len=%d (non-ws %d)" % (k, name, n, nonws) if d["lang"] == "zh" else "%s %s words=%d" % (k, name, n))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        h = scan(text)
        if h:
            problems.append((k, "threshold text", h))
        for key, th in THRESH.items():
            v = d["t"][key]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((k, "threshold value", key))
        assert abs(sum(d["parts"]) - d["value"]) < 0.5, (k, "sum")
        if d["pay"]:
            assert sum(d["pay"]) == 100 and 30 not in d["pay"] and 40 not in d["pay"] and 15 not in d["pay"], (k, d["pay"])
        if d["kind"] == G:
            sh = tco_share(d)
            print("   TCO share %.2f %%" % sh)
            if 38 <= sh <= 42:
                problems.append((k, "tco near threshold", sh))
        der = derive(k, d)
        if der != sorted(d["rules"]):
            problems.append((k, "rules", der, sorted(d["rules"])))
        covered |= set(der)
        print("   rules", der, "risk", risk(der))
        lab = label(k, d)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
