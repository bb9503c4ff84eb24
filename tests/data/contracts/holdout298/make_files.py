"""holdout298: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly; .docx/.pdf through ../word_pdf.py with wrap_words=True), the ten
.json labels, reads every built file back, and asserts lengths, sums, rule coverage and the threshold scan.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# h298z01  自然资源局 地质灾害隐患点监测预警平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z01_ITEMS = [("GNSS表面位移监测站", 48, 23500), ("翻斗式雨量计", 60, 3800), ("拉线式裂缝计", 72, 4600),
             ("声光预警广播终端", 36, 6200), ("监测预警平台软件许可（含省级平台接口模块）", 1, 486000)]
Z01_HW = sum(q * p for _, q, p in Z01_ITEMS)          # 2,396,400
Z01_OTHER = [("现场安装、基础施工及通信调试", 318600), ("预警模型定制及省级平台对接开发", 245000), ("培训及操作手册", 40000)]
Z01_TOTAL = Z01_HW + sum(p for _, p in Z01_OTHER)     # 3,000,000
Z01_FEE = Z01_HW * 8 // 100                           # 191,712

H298Z01 = f"""T:黔岭市地质灾害隐患点监测预警平台建设项目 政府采购合同
P:合同编号：QLZR-ZFCG-2026-017　　采购方式：公开招标　　项目编号：QLCG2026-GK-0093
P:采购人（甲方）：黔岭市自然资源局　　地址：黔岭市云台区滨河路88号
P:供应商（乙方）：贵州岩衡智测科技有限公司　　地址：贵阳市观山湖区长岭南路201号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就黔岭市地质灾害隐患点监测预警平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责在甲方指定的42处地质灾害隐患点（滑坡、崩塌、泥石流）建设专业监测站点，部署监测预警平台，完成预警模型定制、与省级地质灾害监测预警平台的数据对接，以及人员培训。
P:1.2 隐患点清单、各点位设备配置及安装位置以招标文件附件《监测点位一览表》为准。点位调整须经甲方书面确认，单价不变。
H:第二条 合同价格
P:2.1 本合同总价为人民币{Z01_TOTAL:,}元（大写：叁佰万元整），为固定总价，包含设备、软件许可、运输、安装、调试、培训、税费及乙方完成本项目所需的全部费用。
P:2.2 分项价格如下（单位：元）：
TB:序号|名称|数量|单价|金额
""" + "".join(f"TB:{i}|{n}|{q}|{p:,}|{q * p:,}\n" for i, (n, q, p) in enumerate(Z01_ITEMS, 1)) + f"""TB:　|软硬件小计|　|　|{Z01_HW:,}
""" + "".join(f"TB:{i}|{n}|1项|{p:,}|{p:,}\n" for i, (n, p) in enumerate(Z01_OTHER, 6)) + f"""TB:　|合计|　|　|{Z01_TOTAL:,}
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到场安装完毕、经监理单位签认后，甲方支付合同总价的35%。到场签认仅为数量和外观确认，不代表验收合格。
P:3.3 项目通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每次付款前开具合法有效的发票。甲方付款以财政资金到位为前提，但不得无故拖延。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成全部点位的安装调试，120日内完成平台部署及省级平台对接，具备试运行条件。
P:4.2 施工期间乙方应遵守野外作业安全规定，汛期施工须制定专项安全方案，并报甲方备案。
H:第五条 验收
P:5.1 试运行期为90日。试运行期间须同时满足：监测数据按设定频次连续回传；预警信息自阈值触发至短信、广播发布不超过60秒；与省级平台的数据对接连续稳定，未发生一级故障；平台通过第三方网络安全等级保护测评（第三级）。
P:5.2 试运行期满后，乙方提交验收申请，甲方组织专家按招标文件技术要求和本条标准逐项验收，出具书面验收报告。不合格的，乙方应在15日内整改并重新提请验收。
P:5.3 设备安装、平台上线、甲方使用或已付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 全部设备及软件的免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备并提供软件升级。
P:6.2 质保期满后，甲方如需乙方继续维护，年度维保费不高于软硬件小计的8%（即每年不超过人民币{Z01_FEE:,}元），前两个维保年度按此价格执行，不得上调。维保合同期满后不自动续期，由双方另行签订。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护且提前24小时通知甲方的除外）。
P:7.2 故障分级响应：一级故障（平台不可用、预警无法发布或10个以上点位同时离线）30分钟内响应，2小时内远程处置，需现场处理的8小时内到达现场；二级故障2小时内响应，24小时内修复；三级故障于下一工作日处理。
P:7.3 一级故障响应每超时1小时，扣减乙方履约保证金人民币1,000元；平台月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。汛期（每年5月至9月）上述扣减标准加倍。
H:第八条 数据安全
P:8.1 本项目采集的监测数据、预警记录、点位信息及平台日志均属于甲方所有。乙方仅可为履行本合同使用，不得向任何第三方提供，不得用于其他任何目的。
P:8.2 平台部署于甲方政务云，乙方应落实等级保护第三级要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。乙方不得私自导出或拷贝数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的隐患点位置、监测结果、预警信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 为本项目定制的预警模型、阈值参数、对接程序及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:10.2 平台软件产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期完成安装或平台部署的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方提供的设备不符合约定的，应在10日内无偿更换，并承担由此产生的费用。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包。点位基础土建施工确需分包的，须经甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条之一 不可抗力
P:13A.1 因地震、特大暴雨、山体滑坡等不可抗力致使合同不能按期履行的，受影响方应在3日内通知对方并提供有关部门出具的证明，履行期限相应顺延。汛期应急监测任务不因一般天气原因而免除。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：黔岭市自然资源局　　　　乙方（盖章）：贵州岩衡智测科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日　　　　签订日期：2026年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# h298z02  水泥厂 回转窑及篦冷机控制系统改造, post-warranty 维保 — .docx, 一、/（一）, Word price table
# ----------------------------------------------------------------------------------------------------------------
Z02_ITEMS = [("DCS控制器及I/O模件（含冗余电源、机柜）", "1套", 1, 1260000), ("操作员站及工程师站", "6台", 6, 38000),
             ("篦冷机变频调速柜", "4面", 4, 96000), ("窑头窑尾高温工业电视系统", "2套", 2, 85000),
             ("先进过程控制（APC）软件许可", "1套", 1, 420000)]
Z02_HW = sum(q * p for _, _, q, p in Z02_ITEMS)       # 2,462,000
Z02_OTHER = [("安装、接线及热负荷试车", 236000), ("控制逻辑组态及APC模型整定", 178000), ("操作及维护培训", 24000)]
Z02_TOTAL = Z02_HW + sum(p for _, p in Z02_OTHER)     # 2,900,000
Z02_FEE = Z02_HW * 32 // 100                          # 787,840

H298Z02 = f"""T:回转窑及篦冷机控制系统改造合同
P:合同编号：PS-SB-2026-0412
P:甲方（买方）：安徽青阳磐石水泥有限公司
P:住所：安徽省池州市青阳县蓉城镇工业园纬二路6号
P:乙方（卖方）：南京衡燧自动化工程有限公司
P:住所：南京市江宁区秣陵街道将军大道318号
P:甲方5000t/d熟料生产线回转窑及篦冷机现有控制系统老化、备件停产，经比选确定由乙方实施改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除原有控制系统，新建DCS控制系统，覆盖窑头、窑尾、篦冷机、煤磨及废气处理工段，完成全部I/O点的接线、组态和调试。
P:（二）篦冷机液压传动改为变频调速，新增窑头窑尾高温工业电视，部署先进过程控制（APC）软件，实现窑况稳定控制和篦冷机料层自动调节。
P:（三）改造须利用甲方计划检修停窑期完成切换，停窑切换时间不超过10日。
H:二、合同价款
P:（一）合同总价为人民币{Z02_TOTAL:,}元（含税），明细见下表。
TB:序号|名称|数量|单价（元）|金额（元）
""" + "".join(f"TB:{i}|{n}|{u}|{p:,}|{q * p:,}\n" for i, (n, u, q, p) in enumerate(Z02_ITEMS, 1)) + f"""TB:|软硬件小计|||{Z02_HW:,}
""" + "".join(f"TB:{i}|{n}|1项||{p:,}\n" for i, (n, p) in enumerate(Z02_OTHER, 6)) + f"""TB:|合同总价|||{Z02_TOTAL:,}
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及税费，除本合同另有约定外，甲方无需另行支付其他费用。
H:三、付款
P:（一）合同签订后15日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并安装接线完成、经甲方签收后，甲方支付合同总价的50%。到货签收不构成质量验收。
P:（三）热负荷考核验收合格后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无质量争议后15日内无息支付。
H:四、工期
P:（一）设备应于合同签订后75日内到达甲方现场。
P:（二）停窑切换及冷态调试应在甲方通知的检修窗口内完成，热负荷试车应于点火后20日内完成。
H:五、验收
P:（一）热负荷考核连续运行72小时，须同时满足：主要控制回路全部投入自动运行；窑头负压、篦下压力、二次风温等关键参数波动在技术协议约定范围内；熟料游离钙等质量指标达到技术协议要求；考核期内未发生因控制系统引起的停窑。
P:（二）乙方提交考核记录和竣工资料后，甲方在10日内组织验收并出具验收报告。验收不合格的，乙方应免费整改后重新考核。
P:（三）设备通电、投运或甲方开始生产，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内乙方免费提供维修、备件更换和软件升级。
P:（二）质保期满后，乙方提供三个维保年度的维保服务，内容包括驻厂工程师一名、季度巡检、备品备件及APC模型定期整定。年度维保费为软硬件小计的32%，即每年人民币{Z02_FEE:,}元，三个维保年度内固定不变，按季度支付。
P:（三）维保期满后不自动续期，是否续签由双方另行协商。
P:（四）一级故障（造成停窑、主控制器或冗余网络失效）乙方应在30分钟内响应，6小时内到达现场；二级故障2小时内响应，次日到达现场。响应或到场每超时1小时，乙方支付违约金人民币1,000元。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成热负荷试车的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）因乙方原因造成停窑的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:八、数据与网络安全
P:（一）控制系统运行数据、工艺参数及生产记录均属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方应按工业控制系统信息安全防护要求，在DCS与管理网之间部署工业防火墙，关闭不必要的端口和服务；远程维护须经甲方逐次审批并全程记录。
P:（三）因乙方原因导致数据泄露、病毒侵入或控制系统被非法访问的，乙方应在1小时内报告甲方，采取补救措施，并承担全部赔偿责任。
H:九、保密
P:（一）双方对在履约中获悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后三年。
H:十、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、APC模型参数及其文档归甲方所有，甲方可自行修改和使用。
P:（二）DCS系统软件及APC软件产品的知识产权仍属原权利人，乙方保证甲方永久合法使用。
H:十一、分包
P:（一）乙方不得将本合同转包。电缆敷设等辅助工作确需分包的，应事先取得甲方书面同意。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二之一、项目管理与现场安全
P:（一）乙方应指定具有水泥窑系统改造经验的项目经理常驻现场，编制施工组织设计、停窑切换方案和回退方案，经甲方生产部门会签后实施。
P:（二）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业、高处作业和受限空间作业管理制度，接受甲方安全培训。因乙方违章作业造成的人身伤害和财产损失由乙方负责。
P:（三）乙方应在停窑切换前完成全部控制逻辑的离线仿真测试，并向甲方提交仿真记录；切换过程中每日向甲方报告进度，发现可能影响复产的问题应立即通知甲方。
P:（四）竣工时乙方应移交完整的竣工资料，包括I/O清单、接线图、组态备份、APC模型参数表、操作规程和维护手册，纸质版和电子版各一套。
P:（五）乙方应对甲方中控室操作员、仪表工和电气工进行分批培训，培训内容包括系统操作、常见报警处理、APC投切及日常维护，培训结束后组织考核，考核合格人员名单报甲方备案。
H:十二之二、不可抗力
P:（一）因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，相应义务顺延履行；不可抗力持续超过60日的，双方可协商解除合同。
H:十二之三、通知
P:（一）本合同项下的通知以书面形式送达双方在本合同首页载明的地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应在变更后3日内书面通知对方。
H:十二之四、廉洁
P:（一）乙方不得向甲方采购、生产及技术人员提供回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同并将乙方列入供应商黑名单。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交池州仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：安徽青阳磐石水泥有限公司　　　　乙方（盖章）：南京衡燧自动化工程有限公司
P:授权代表：__________　　　　授权代表：__________
P:日期：____年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# h298z03  眼镜连锁（35家）验光及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03_STORE_FEE, Z03_STORES, Z03_HQ_FEE, Z03_IMPL, Z03_YEARS = 6800, 35, 46000, 126000, 3
Z03_TOTAL = (Z03_STORE_FEE * Z03_STORES + Z03_HQ_FEE) * Z03_YEARS + Z03_IMPL   # 978,000

H298Z03 = f"""明眸视光门店验光及会员管理系统服务合同

合同编号：MMSG-IT-2026-008

甲方：杭州明眸视光连锁有限公司
地址：杭州市拱墅区湖墅南路186号
乙方：上海瞳序云科技有限公司
地址：上海市徐汇区漕溪北路595号

甲方在浙江省经营35家眼镜门店，拟统一门店验光记录、配镜订单及会员管理。乙方是云端验光及会员管理系统“瞳序云”的开发和运营方。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方35家门店及总部提供“瞳序云”验光及会员管理系统的在线使用服务，包括验光档案、配镜订单、库存、会员积分及营销模块。
（2）乙方负责一次性实施工作：历史会员及验光数据迁移、门店电脑验光仪和综合验光仪的数据对接、总部报表配置及门店人员培训。
（3）门店增减的，按第二条单价调整服务费，调整自次月起执行。

第二条 服务期限与费用
（1）服务期为三个服务年度，首个服务年度自上线验收合格之日起算。
（2）门店订阅费为每店每服务年度人民币{Z03_STORE_FEE:,}元，35家门店合计每服务年度人民币{Z03_STORE_FEE * Z03_STORES:,}元；总部会员营销模块每服务年度人民币{Z03_HQ_FEE:,}元；一次性实施费人民币{Z03_IMPL:,}元。
（3）合同总价为人民币{Z03_TOTAL:,}元，即三个服务年度的订阅费合计{(Z03_STORE_FEE * Z03_STORES + Z03_HQ_FEE) * Z03_YEARS:,}元加实施费{Z03_IMPL:,}元。
（4）服务期满前60日，双方协商续订事宜；本合同不自动续期。

第三条 付款
（1）本合同不设预付款。
（2）实施费在上线验收合格后20日内一次性支付。
（3）订阅费按季度结算，每季度结束后15日内，甲方根据乙方提交的服务报告和发票支付该季度费用。

第四条 实施与上线验收
（1）乙方应在合同签订后50日内完成数据迁移、设备对接和培训，具备上线条件。
（2）上线验收标准：历史会员及验光档案迁移后逐条核对无差错；各门店验光设备数据可自动写入档案；会员积分、储值余额与原系统核对一致；门店收银高峰期单笔开单操作响应时间不超过2秒；甲方指定的12张总部报表结果正确。
（3）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。系统开通或门店试用不视为验收合格。

第五条 服务水平
（1）系统月可用率不低于99.5%，每月按自然月统计，计划内维护须提前三日通知并安排在门店营业时间以外。
（2）故障分级：一级故障指全部或多家门店无法开单、验光档案无法调阅；二级故障指单店或单一模块异常；三级故障指一般咨询和优化需求。
（3）乙方提供7×24小时服务热线。一级故障15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在2个工作日内答复。
（4）月可用率低于承诺值的，按以下标准减免当月订阅费：低于承诺值但不低于99%的，减免5%；低于99%但不低于98%的，减免10%；低于98%的，减免20%。一级故障未按时恢复的，每超过1小时另减免当月订阅费1%。

第六条 数据
（1）甲方顾客的验光数据、会员信息、订单记录（以下称“甲方数据”）属于甲方所有。
（2）乙方有权对甲方数据进行去标识化处理后，用于改进“瞳序云”产品、训练验光辅助算法及编制行业分析报告，该等使用在本合同终止后仍可继续。
（3）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式返还甲方数据，并删除系统中的甲方数据。

第七条 数据安全
（1）乙方应依照《个人信息保护法》《数据安全法》处理甲方数据，系统部署于境内云服务区域，数据传输和存储加密，按最小权限原则管理账号并保留操作日志。
（2）乙方系统应通过网络安全等级保护第三级测评，并每年向甲方提供测评结论。
（3）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失，包括甲方对顾客的赔偿。

第八条 保密
（1）双方对履约中获知的对方商业秘密及非公开信息负有保密义务，未经对方书面同意不得披露。
（2）本条义务在合同终止后三年内继续有效。

第九条 知识产权
（1）“瞳序云”平台的知识产权归乙方。
（2）乙方为甲方定制的报表、接口程序及配置方案，知识产权归甲方，甲方可自行修改、使用，并可交由第三方维护。

第十条 分包
乙方可将门店设备对接及现场培训等实施工作委托第三方服务商完成，但应提前以书面方式通知甲方，并对受托方的工作承担责任。

第十一条 违约责任
（1）乙方未按第四条第（1）款约定时间具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（3）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。

第十二条 合同解除
（1）一方严重违约，经对方书面催告后20日内仍未纠正的，守约方有权书面通知解除本合同。
（2）连续两个月月可用率低于98%的，甲方有权解除本合同，无需承担任何费用。

第十二条之一 培训与客户成功服务
（1）乙方应在上线前为每家门店至少培训两名验光师和两名店员，并为总部运营人员提供会员营销模块的专项培训，培训记录由门店负责人签字确认。
（2）服务期内乙方指定一名客户成功经理，每季度与甲方总部召开服务回顾会，通报可用率、故障处理和功能更新情况，收集门店意见。
（3）乙方对系统进行版本更新的，应提前5个工作日通知甲方，涉及门店操作变化的，应同步提供操作说明和视频教程；不得因版本更新降低已约定的功能。
（4）甲方新开门店的，乙方应在接到通知后10个工作日内完成开通、设备对接和人员培训，费用按第二条单价计收，不另收实施费。
（5）乙方应每月向甲方提交服务月报，内容包括各门店系统使用情况、可用率统计、故障及处理记录、待解决问题清单，并附服务费减免计算表。

第十二条之二 甲方义务
（1）甲方应指定项目负责人，协调各门店配合数据迁移、设备对接和培训，并按时确认迁移数据和报表需求。
（2）甲方负责门店电脑、网络及验光设备的正常运行，并按乙方提供的配置要求准备门店终端。
（3）甲方应妥善管理门店账号，员工离职时及时停用其账号。

第十二条之三 不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积故障等不可抗力导致不能履行的，受影响方应及时通知对方并在10日内提供证明，双方根据影响程度部分或全部免除责任，但乙方应尽力采取措施减少损失并尽快恢复服务。

第十二条之四 通知
本合同项下通知以书面形式送达本合同首部所列地址，或以电子邮件发送至双方指定联系人。甲方指定联系人为信息部负责人，乙方指定联系人为客户成功经理。

第十二条之五 廉洁
乙方不得向甲方员工提供回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同。

第十三条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

第十四条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州明眸视光连锁有限公司
授权代表：
日期：

乙方（盖章）：上海瞳序云科技有限公司
授权代表：
日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# h298z04  市不动产登记中心 登记业务系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z04_ITEMS = [("驻场运维服务（3人）", 486000), ("系统巡检及等级保护测评配合", 64000), ("数据库及中间件技术支持", 88000),
             ("重大节假日及登记高峰应急保障", 42000)]
Z04_TOTAL = sum(p for _, p in Z04_ITEMS)              # 680,000

H298Z04 = f"""滁河市不动产登记业务系统运维服务采购合同

采购项目编号：CHCG2026-CS-0215（竞争性磋商）
合同编号：CHBDC-YW-2026-01

采购人（甲方）：滁河市不动产登记中心
地址：滁河市南谯区龙蟠大道66号
供应商（乙方）：安徽筑册信息技术有限公司
地址：合肥市蜀山区望江西路520号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就滁河市不动产登记业务系统运维服务订立本合同。

1. 服务范围与期限
1.1 乙方为甲方不动产登记业务系统（含登记受理、审核登簿、缴税联办、电子证照及“互联网+不动产登记”平台）提供运维服务，包括驻场运维、日常巡检、数据库及中间件支持、安全加固、等级保护测评配合和应急保障。
1.2 服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同自然终止；甲方如需继续采购，依法另行组织采购。
1.3 乙方应派驻3名运维工程师在甲方办公场所工作，其中项目负责人须具备数据库高级认证，人员名单以响应文件为准，更换须经甲方书面同意。

2. 合同价款与支付
2.1 合同总价为人民币{Z04_TOTAL:,}元，为服务期内全部服务的固定总价，分项如下：
""" + "".join(f"    ({chr(0x61 + i)}) {n}：人民币{p:,}元\n" for i, (n, p) in enumerate(Z04_ITEMS)) + f"""2.2 服务费按季度支付，每季度人民币{Z04_TOTAL // 4:,}元。每季度结束后，甲方按第4条进行季度考核，考核结果确认后15个工作日内支付当季服务费（扣除按第3条计算的扣减金额）。
2.3 甲方不向乙方支付任何预付款。

3. 服务水平
3.1 故障分级：一级故障指登记业务系统整体中断或无法登簿、发证；二级故障指部分功能或部分窗口无法正常办理业务；三级故障指不影响办理的一般问题。
3.2 一级故障乙方须在15分钟内响应，1小时内恢复业务或启用应急方案；二级故障30分钟内响应，2小时内解决；三级故障在1个工作日内解决。
3.3 一级故障响应或恢复每超时1小时，扣减当季服务费人民币2,000元；二级故障每超时1小时，扣减人民币500元。同一季度内发生三次以上一级故障的，甲方有权要求更换项目负责人。
3.4 乙方每月提交运维月报，内容包括巡检记录、故障处理、性能分析及安全事件情况。

4. 考核与验收
4.1 季度考核标准：按时提交运维月报及巡检记录；故障响应和处理符合第3条要求；重大节假日及登记高峰期保障到位；无因乙方原因造成的数据错误或安全事件。
4.2 服务期满前，甲方按磋商文件所列服务要求及本条标准组织年度验收，出具书面验收意见。考核或验收不合格的，乙方应在10日内整改。

5. 工作交付
5.1 乙方应在合同签订后10日内完成驻场人员进场和系统运维交接，形成交接清单。
5.2 乙方应在服务期内按甲方确认的计划完成：数据库版本补丁升级、全量数据一致性核查、应急演练各一次，并提交相应报告。
5.3 乙方逾期进场、逾期完成交接或逾期完成第5.2条所列任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

6. 数据安全
6.1 不动产登记数据、权利人信息、业务档案及系统日志均属于甲方所有，乙方仅为履行本合同接触和处理，不得用于其他任何目的。
6.2 乙方人员仅可在甲方内网通过堡垒机进行运维操作，不得将数据拷贝至任何外部介质或通过互联网传输；对数据的批量查询、导出须事先经甲方书面审批。
6.3 乙方应遵守网络安全等级保护及不动产登记信息安全管理规定。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并依法承担由此产生的法律责任和赔偿责任。

7. 保密
7.1 乙方及其人员对履约中接触的登记信息、权利人信息及甲方工作秘密负有保密义务，驻场人员须签署个人保密承诺书。保密义务不因本合同终止而解除。

8. 知识产权
8.1 乙方在服务期内编写的运维脚本、应急预案、巡检模板及各类报告归甲方所有，甲方可自由使用和修改。

9. 分包
9.1 乙方不得将本合同服务转包或分包给任何第三方。

10. 责任限额
10.1 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

11. 合同解除
11.1 乙方严重违约，或一个季度内两次考核不合格，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并按实际服务期结算费用。

11A. 人员管理
11A.1 乙方驻场人员应遵守甲方作息、考勤及办公区域管理规定，统一佩戴工作证，不得在窗口区域处理与运维无关的事务。
11A.2 乙方应每月向甲方报送驻场人员考勤表。驻场人员请假超过2日的，乙方应安排具备同等能力的人员顶岗，并事先报甲方同意。
11A.3 甲方认为驻场人员不能胜任的，有权书面要求更换，乙方应在5个工作日内完成更换并做好工作交接。
11A.4 乙方应定期组织驻场人员学习不动产登记业务规则、网络安全和保密规定，培训记录纳入季度考核材料。

11B. 服务期满交接
11B.1 服务期满或合同解除前，乙方应配合甲方或其指定的后续服务商进行不少于15日的工作交接，移交系统账号、运维脚本、配置文档、故障记录及未完成事项清单。
11B.2 交接完成后，乙方应注销其人员的全部系统账号，并书面确认未保留任何登记数据。

11C. 甲方义务
11C.1 甲方应为驻场人员提供必要的办公场所、内网终端和堡垒机账号，及时协调软件开发商、硬件厂商及税务、银行等联办单位配合故障处理。
11C.2 甲方应按约定期限组织季度考核并支付服务费。

11D. 不可抗力
11D.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任。

11E. 廉洁
11E.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。违反本条的，甲方有权解除合同，并依法追究责任。

11F. 通知
11F.1 本合同项下的通知以书面形式送达双方在本合同首部载明的地址，紧急事项可先以电话或政务即时通讯工具通知，并于当日补发书面通知。
11F.2 一方变更地址或联系人的，应在变更后3个工作日内书面通知对方，否则按原地址送达即视为有效送达。

12. 争议解决
12.1 本合同依照中华人民共和国法律解释和履行。争议协商不成的，向甲方所在地人民法院起诉。

13. 其他
13.1 磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：滁河市不动产登记中心        乙方（盖章）：安徽筑册信息技术有限公司
代表：                                    代表：
日期：                                    日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# h298z05  月饼厂 MES licence + custom development, supplier's own template (many problems) — .md
# ----------------------------------------------------------------------------------------------------------------
Z05_ITEMS = [("衡云MES平台软件许可（生产计划、质量追溯、仓储模块，50用户）", 780000),
             ("定制开发（中秋旺季排产、配方与馅料批次管理、包装赋码追溯）", 560000),
             ("设备数据采集对接（隧道炉、包馅机、金属检测机、称重机）", 150000), ("实施及培训", 90000)]
Z05_TOTAL = sum(p for _, p in Z05_ITEMS)              # 1,580,000
Z05_PRE = Z05_TOTAL * 65 // 100                       # 1,027,000

H298Z05 = f"""# 衡云MES软件许可及实施合同

**（衡云智造合同范本 HY-MES-V3.0）**

合同编号：HY-2026-GD-0231

- 甲方：佛山市禾月坊食品有限公司（住所：佛山市顺德区容桂街道华口工业路9号）
- 乙方：深圳衡云智造软件有限公司（住所：深圳市南山区粤海街道科技南十二路2号）

鉴于甲方拟在月饼及糕点生产车间实施制造执行系统（MES），乙方拥有衡云MES软件的全部权利并具备实施能力，双方依据《中华人民共和国民法典》，按照乙方合同范本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用衡云MES平台软件，并按甲方需求进行定制开发、设备数据采集对接、实施和培训。

1.2 具体功能以双方确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的需求变更，乙方有权另行收费。

## 第二条 合同金额

2.1 合同总金额为人民币{Z05_TOTAL:,}元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
""" + "".join(f"| {i} | {n} | {p:,} |\n" for i, (n, p) in enumerate(Z05_ITEMS, 1)) + f"""| | 合计 | {Z05_TOTAL:,} |

2.2 上述金额不含甲方车间网络改造、服务器及工控机等硬件费用，该等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后7个工作日内，甲方向乙方支付合同总金额的65%，即人民币{Z05_PRE:,}元。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总金额的35%。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术服务。

## 第四条 实施周期

4.1 乙方计划在收到首期款后100日内完成系统部署和上线。因甲方需求变更、现场条件不具备或设备厂商配合不足导致延误的，实施周期相应顺延。

4.2 乙方将尽合理努力在中秋旺季排产前完成上线，但不对具体上线日期作出保证。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即投入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按第六条维护条款处理。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括远程故障排查和软件缺陷修复。

6.2 免费维护期内，一级故障（系统无法登录或生产报工无法进行）乙方在24小时内响应；其他故障在3个工作日内响应。乙方对故障修复时间不作承诺，亦不因响应或修复延迟承担任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按乙方当年公布的服务价格标准计收。

6.4 年度维护服务期满，甲方未在期满前30日书面提出终止的，维护服务自动续期一个服务年度；续期时乙方有权根据市场情况调整年度维护费。

## 第七条 知识产权

7.1 衡云MES平台软件的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档，知识产权均归乙方所有。甲方在本合同范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，也不得向第三方提供。

## 第八条 数据

8.1 甲方生产数据、配方数据和质量记录的所有权归甲方。

8.2 甲方同意，乙方可对系统运行中产生的生产数据进行脱敏处理后，用于衡云MES产品优化、行业工艺模型训练及对外发布的行业对标分析。

8.3 乙方对其可接触的甲方数据采取访问控制、传输加密和操作日志等安全措施；因乙方原因发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，依法承担相应责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为本合同终止后两年。

## 第十条 分包与合作

10.1 乙方有权根据项目需要，将部分定制开发和现场实施工作交由其合作伙伴完成，无需征得甲方同意，合作伙伴的工作视为乙方履行。

## 第十一条 违约与责任限制

11.1 任何一方违反本合同约定的，应采取补救措施并继续履行。

11.2 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总金额的20%，且乙方不承担任何间接损失、利润损失或生产损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 甲方因自身原因解除合同的，已付款项不予退还。

## 第十二条之一 甲方义务

12A.1 甲方应按乙方要求提供需求调研所需的人员、资料和场地，并指定项目负责人，负责需求确认、进度协调和文件签署。

12A.2 甲方应自行采购并部署运行本系统所需的服务器、数据库、工控机、扫码枪和网络设备，其配置应满足乙方提供的最低配置要求。因甲方硬件或网络不符合要求导致的系统问题，不属于乙方维护范围。

12A.3 甲方应确保车间设备厂商开放数据接口并配合对接。设备厂商不配合或接口费用，由甲方自行承担。

12A.4 甲方应妥善保管系统账号和密码，因甲方人员操作失误、擅自修改配置或数据造成的损失，由甲方自行承担。

12A.5 甲方应按乙方要求组织关键用户参加培训，并在上线前完成基础数据（物料、配方、工艺路线、设备台账）的整理和导入。

## 第十二条之二 需求变更

12B.1 需求规格说明书确认后，任何一方提出变更的，应以书面形式提交。乙方评估工作量后报价，经甲方书面确认后实施，实施周期相应顺延。

12B.2 变更费用按乙方人天单价人民币2,800元计算，人天数以乙方评估结果为准。

## 第十二条之三 不可抗力

12C.1 因不可抗力、政府行为、网络运营商故障、第三方软硬件缺陷等非乙方原因导致延误或无法履行的，乙方不承担责任。

## 第十二条之四 通知

12D.1 双方联系人及联系方式以本合同附件《项目联系人表》为准。任何通知以电子邮件发送至对方联系人邮箱即视为送达。联系人变更的，应提前书面告知对方。

12D.2 乙方发出的上线通知、维护费通知和续期通知，以乙方发送至甲方联系人邮箱的时间为送达时间。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应协商解决；协商不成的，提交深圳仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方补充约定以书面附件形式另行签订。

甲方（盖章）：佛山市禾月坊食品有限公司　　　　乙方（盖章）：深圳衡云智造软件有限公司

授权代表：　　　　　　　　　　授权代表：

签订日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# h298e01  Yixing teapot studio, 3D modelling software, perpetual licences; Greek vendor — .pdf, Article N / N.N
# ----------------------------------------------------------------------------------------------------------------
E01_LIC = [("ClayForm Studio 3D modelling, perpetual licence, per seat", 8, 46500),
           ("Surface and Glaze Rendering module, perpetual licence, per seat", 8, 12800),
           ("Scanner Integration module, perpetual licence, per workstation", 2, 28600)]
E01_LIC_SUB = sum(q * p for _, q, p in E01_LIC)       # 531,600
E01_SVC = [("Custom parametric teapot template library (Deliverable)", 96000),
           ("Installation, configuration and migration of legacy models", 38400), ("On-site training, four days", 22000)]
E01_TOTAL = E01_LIC_SUB + sum(p for _, p in E01_SVC)  # 688,000
E01_FEE = E01_LIC_SUB * 13 // 100                     # 69,108

H298E01 = f"""T:Software Licence and Services Agreement
P:Agreement No. MY-SW-2026-03
P:This Agreement is made between Yixing Mingyao Purple Clay Art Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 57 Dingshu Avenue, Dingshu Town, Yixing, Jiangsu Province (the "Buyer"), and Sapientza Form Dynamics S.A., a company incorporated in Greece with its registered office on Nisida Sapientza, Methoni, Messinia, Greece (the "Vendor").
P:Background: The Buyer designs and produces hand-made zisha teapots and wishes to model its shapes digitally, keep a library of its designs and prepare files for mould making. The Vendor publishes the ClayForm Studio modelling software and has agreed to license it and to provide the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ClayForm Studio programs and modules listed in Article 3, in object code, with their documentation and any corrections or new versions supplied under this Agreement.
P:1.2 "Deliverable" means the custom parametric teapot template library, the glaze presets and any scripts or documents written by the Vendor specifically for the Buyer.
P:1.3 "Buyer Data" means the Buyer's design files, 3D scans, photographs, drawings and any other data that the Buyer stores in or processes with the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Software for eight design workstations and two scanning workstations at the Buyer's studio in Dingshu Town, install and configure it, migrate the Buyer's legacy models, build the Deliverable and train the Buyer's designers.
P:2.2 The Deliverable shall contain parametric templates for at least the twenty classic pot shapes listed in Annex 1 (including Xishi, Shipiao, Zhuduan and Hanwa), with adjustable spout, handle, lid and body proportions, and export settings for the Buyer's mould supplier.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY {E01_TOTAL:,}, inclusive of all taxes, duties, travel and expenses, made up as follows:
""" + "".join(f"TB:{n}|{q} x CNY {p:,}|CNY {q * p:,}\n" for n, q, p in E01_LIC) + f"""TB:Licence Subtotal||CNY {E01_LIC_SUB:,}
""" + "".join(f"TB:{n}|lump sum|CNY {p:,}\n" for n, p in E01_SVC) + f"""TB:Contract Price||CNY {E01_TOTAL:,}
P:3.2 The prices are fixed for the duration of this Agreement and are not subject to exchange-rate adjustment.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within twenty days after the Installation Certificate under Article 5.3. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Installation
P:5.1 The Vendor shall deliver the licence keys and installation media within twenty days after signature.
P:5.2 The Vendor shall complete installation, configuration and migration of the Buyer's legacy models within sixty days after signature, and deliver the Deliverable within ninety days after signature.
P:5.3 When installation is complete on all ten workstations the Buyer shall sign an Installation Certificate.
P:5.4 If the Vendor fails to meet a date in Article 5.2, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Delay damages do not release the Vendor from its obligations.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall show that: (a) all licensed modules run on every workstation; (b) every legacy model listed in Annex 2 opens with correct geometry and dimensions; (c) each template in the Deliverable generates a watertight model that the Buyer's mould supplier can import without repair; (d) a complete scan of a finished pot can be imported and compared with its template; and (e) the Buyer's designers have completed the training.
P:6.2 The tests are followed by a thirty-day trial period in daily production use without a Severity 1 fault. The Buyer shall issue the Final Acceptance certificate within ten days after a successful trial period or list the defects in writing; the Vendor shall correct them and repeat the affected tests.
P:6.3 Installation, use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Deliverable will perform in accordance with their documentation and Annex 1 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and answer support requests free of charge.
P:7.2 Severity 1 means that the Software cannot be started or cannot save files on any workstation. Severity 2 means that a module or function is unavailable but work can continue. The Vendor shall respond to a Severity 1 fault within 2 hours and provide a workaround or fix within 24 hours, and respond to a Severity 2 fault within 8 hours. Support is given in Chinese through the Vendor's support partner and by remote session.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, it shall pay CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the Warranty Period the Buyer may order annual support. The Annual Support Fee is 13% of the Licence Subtotal, that is CNY {E01_FEE:,} per year, fixed for the first three support years. Any later change requires written agreement and may not exceed 3% per year. Support does not renew automatically; each support year is ordered by a separate purchase order.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor. The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software on the number of seats purchased.
P:8.2 All rights in the Deliverable vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Deliverable freely, including to its mould suppliers, and the Vendor shall deliver its editable source files.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or the Deliverable infringes a third party's rights and bear all resulting costs.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The Software is installed on the Buyer's workstations and server; no Buyer Data is stored outside the Buyer's premises. Remote support sessions require the Buyer's approval for each session, run over an encrypted connection and are recorded. The Vendor shall not transfer Buyer Data out of China.
P:9.3 The Vendor shall keep its remote-support tools patched, use individual accounts with multi-factor authentication and allow only named engineers to connect.
P:9.4 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 24 hours of becoming aware of it, take all necessary remedial measures and compensate the Buyer for all losses caused by an incident attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's unreleased designs, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, to infringement claims under Article 8.3, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent, except the support partner named in Annex 3, which the Buyer approves by signing this Agreement. The Vendor remains responsible for the work of any subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:13.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for parts not accepted, and the Buyer may keep the licences paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration in Athens under the rules of the Athens Mediation and Arbitration Organisation. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both texts are equally authentic. Annex 1 (Specification), Annex 2 (Legacy Models) and Annex 3 (Support Partner) form part of this Agreement.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated above.
P:For the Buyer: ____________________  Date: ____________
P:For the Vendor: ____________________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# h298e02  Lijiang museum timed-entry ticketing SaaS; Order Form + General Terms; Estonian vendor — .md
# ----------------------------------------------------------------------------------------------------------------
E02_SUB, E02_YEARS, E02_SETUP = 186000, 3, 42000
E02_TOTAL = E02_SUB * E02_YEARS + E02_SETUP           # 600,000

H298E02 = f"""# Order Form No. VT-CN-0147

**Vormsi Ticketing OÜ — Timed-Entry Ticketing Service**

## Part A — Order Form

**A1. Parties.** This Order Form is entered into between Lijiang Dongba Heritage Museum Operations Co., Ltd., registered at 12 Xianghe Road, Gucheng District, Lijiang, Yunnan Province, China ("Customer"), and Vormsi Ticketing OÜ, a private limited company registered in Estonia with its office at Hullo village, Vormsi island, Lääne County, Estonia ("Vendor"). It incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

**A2. Service.** Vendor will provide its hosted timed-entry ticketing service (the "Service"): online booking through Customer's WeChat mini-program and website, real-name ticketing with identity-card verification, time-slot capacity control, group and school bookings, on-site kiosks and gate scanners integration, and daily sales and visitor reports.

**A3. Capacity.** Up to 9,000 admissions per day and up to 1,200 admissions per time slot, with twelve daily time slots configurable by Customer.

**A4. Fees.** At Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | {E02_SUB:,} |
| Subscription Fees, Initial Term | {E02_YEARS} Subscription Years | {E02_SUB * E02_YEARS:,} |
| Set-up, kiosk and gate integration | one-time | {E02_SETUP:,} |
| **Total fees, Initial Term** | | **{E02_TOTAL:,}** |

Payment processing charges of the payment channels are paid by Customer directly to the channels and are not part of the fees.

**A5. Term.** The Initial Term is three Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A7.

**A6. Invoicing.** No amount is payable before Go-Live Acceptance. The Set-up Fee is invoiced on Go-Live Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days.

**A7. Go-Live and acceptance.** Vendor shall make the Service ready for Go-Live within forty-five days after signature. Go-Live Acceptance requires that Customer's tests show: (a) bookings, payments and refunds through the mini-program and website reconcile to the cent with the payment channel statements for a full test day; (b) identity-card verification works at all six gates; (c) time-slot limits cannot be exceeded under a simulated peak of 3,000 concurrent bookings; (d) the kiosks print tickets and receipts correctly; and (e) the reports listed in Annex 1 are correct. Customer shall sign a Go-Live Acceptance certificate or list the failed tests within five business days. Use of the Service for sales before that certificate is signed is not acceptance.

**A8. Delay.** If the Service is not ready for Go-Live by the date in A7 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 30,000.

**A9. Renewal.** After the Initial Term the Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least ninety days before the end of the current term. Vendor may increase the Subscription Fee for any renewal period by up to 9% by notice given at least sixty days before that period starts.

**A10. Signatures.**

For Customer: ______________________ Date: __________

For Vendor: ______________________ Date: __________

## Part B — General Terms

**B1. Definitions.** "Agreement" means the Order Form and these General Terms. "Customer Data" means all data entered into or generated by the Service for Customer, including visitor names, identity-card numbers, mobile numbers, booking and payment records. "Subscription Year" means each consecutive period starting on the date stated in A5 and ending the day before its anniversary.

**B2. Service availability.** Vendor shall make the Service available at least 99.95% of each calendar month, measured at the booking and gate-validation interfaces, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

**B3. Service credits.** If availability in a month falls below the level in B2, Customer receives a credit against the next invoice of 5% of the monthly share of the Subscription Fee for availability below 99.95% but at least 99.5%, 10% for availability below 99.5% but at least 99.0%, and 20% for availability below 99.0%. Credits are applied automatically on Vendor's monthly availability report.

**B4. Support.** Customer may raise support requests through Vendor's web portal or by e-mail at any time. Vendor's support desk works from 09:00 to 17:00 Tallinn time on Estonian business days and handles requests in the order received. Vendor does not commit to any response or resolution time.

**B5. Customer Data.** Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's documented instructions and only to provide the Service, and does not use it for any other purpose, including analysis, benchmarking or product development, during or after the term.

**B6. Security.** The Service and all Customer Data are hosted in a data centre in mainland China operated by a cloud provider holding an MLPS Level 3 filing. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access and keep the logs for six months, and comply with the Personal Information Protection Law and the Data Security Law. Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours, support Customer in notifying authorities and visitors, and compensate Customer for losses caused by an incident attributable to Vendor.

**B7. Sub-processors.** Vendor may use a sub-processor or subcontractor for any part of the Service only with Customer's prior written consent. The hosting provider named in Annex 2 is approved on signature. Vendor remains fully responsible for its sub-processors.

**B8. Confidentiality.** Each party shall keep confidential all non-public information received from the other party, use it only for the Agreement and not disclose it to third parties without prior written consent, during the term and for three years afterwards.

**B9. Intellectual property.** The Service and its software remain Vendor's property. Customer's ticket designs, configurations, price rules and the custom reports built for Customer belong to Customer, who may use, modify and hand them to any successor provider without restriction.

**B10. Liability.** Each party's total liability under the Agreement is limited to 150% of the total fees for the Initial Term stated in A4. The limit does not apply to breach of B5, B6 or B8, or to wilful misconduct.

**B11. Termination.** Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. Customer may also terminate if availability falls below 99.0% in two consecutive months. On termination Vendor shall refund any fees paid for the period after termination.

**B12. Exit.** For sixty days after expiry or termination Vendor shall make Customer Data available for export in CSV format, then delete it and confirm the deletion in writing.

**B12A. Customer responsibilities.** Customer shall provide the WeChat mini-program account, the merchant accounts of its payment channels, the gate and kiosk hardware listed in Annex 1 and a network connection at each gate, and shall name a project contact with authority to approve configurations. Customer is responsible for the accuracy of prices, opening hours and capacity limits that it enters into the Service, and for its own visitor-facing terms and privacy notice.

**B12B. Changes to the Service.** Vendor may improve the Service during the term. Vendor shall give Customer at least thirty days' notice of any change that affects the booking flow, gate validation or reports, shall test such changes in a staging environment made available to Customer, and shall not remove any function that Customer uses without Customer's written agreement.

**B12C. Training and documentation.** Vendor shall train up to twenty members of Customer's ticket office, gate and finance staff before Go-Live, in Chinese, and shall keep a Chinese-language user guide for the Service up to date during the term. During the first two weeks after Go-Live Vendor shall keep one implementation consultant available by telephone during the museum's opening hours.

**B12D. Force majeure.** Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Periods of force majeure are excluded from the availability calculation in B2.

**B12E. Publicity.** Vendor may not name Customer as a client or use the museum's name or logo in its marketing without Customer's prior written approval.

**B12F. Notices and contacts.** Each party shall name an account contact and a technical contact in Annex 2 and keep those details up to date. Operational notices may be given through the support portal; notices of breach, renewal or termination must be given in writing by e-mail and by courier.

**B13. Governing law and jurisdiction.** The Agreement is governed by the laws of the Republic of Estonia. The courts of Harju County in Tallinn, Estonia, have exclusive jurisdiction over any dispute arising from it.

**B14. Miscellaneous.** Notices must be in writing and sent by e-mail with confirmation of receipt. Neither party may assign the Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.
"""

# ----------------------------------------------------------------------------------------------------------------
# h298e03  Inner Mongolia dairy pasture, herd-collar sensors, buyer's paper; Danish integrator — .docx, Section N / N.N
# ----------------------------------------------------------------------------------------------------------------
E03_ITEMS = [("Rumination and activity collar with neck strap", "2,400 pcs", 2400, 980),
             ("Base station with antenna mast and solar backup", "16 sets", 16, 18500),
             ("HerdSense herd-management software, perpetual licence, 2,400 animals", "1 lot", 1, 264000)]
E03_HW = sum(q * p for _, _, q, p in E03_ITEMS)       # 2,912,000
E03_SVC = [("Installation, collar fitting and network commissioning", 148000),
           ("Interface to milking-parlour system and ERP (custom)", 116000), ("Training of herdsmen and veterinarians", 24000)]
E03_TOTAL = E03_HW + sum(p for _, p in E03_SVC)       # 3,200,000
E03_FEE = E03_HW * 9 // 100                           # 262,080

H298E03 = f"""T:Purchase Contract for Herd Monitoring Collars and Software
P:Contract No. HLR-CG-2026-022
P:Buyer: Hulunbuir Xiertala Grassland Dairy Ranch Co., Ltd., Xiertala Farm, Hailar District, Hulunbuir, Inner Mongolia Autonomous Region, China.
P:Supplier: Tunø Herd Systems ApS, Tunø Havn 4, 8799 Tunø, Denmark, acting in China through its engineers and its appointed service partner named in Annex 3.
P:The Buyer operates a dairy pasture with about 2,300 milking cows and heifers and wishes to monitor rumination, activity and heat by neck collars. After a competitive tender the Buyer awarded the contract to the Supplier. The parties therefore agree as follows.
H:Section 1 Definitions and Scope
P:1.1 "Goods" means the collars, base stations and other equipment listed in Section 2. "Software" means the HerdSense programs licensed under this Contract. "Interfaces" means the custom interfaces to the Buyer's milking-parlour system and ERP. "Buyer Data" means all animal, herd, milk and operational data collected or generated by the Goods, the Software or the Interfaces.
P:1.2 The Supplier shall supply, install and commission the Goods, install the Software on the Buyer's server in the farm office, develop the Interfaces, fit collars to the herd and train the Buyer's staff, so that the system works as described in the technical specification in Annex 1.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY {E03_TOTAL:,}, including delivery to the farm, customs clearance, import duties, VAT, installation and all other costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
""" + "".join(f"TB:{i}|{n}|{u}|{p:,}|{q * p:,}\n" for i, (n, u, q, p) in enumerate(E03_ITEMS, 1)) + f"""TB:|Hardware and Licence Subtotal|||{E03_HW:,}
""" + "".join(f"TB:{i}|{n}|lump sum||{p:,}\n" for i, (n, p) in enumerate(E03_SVC, 4)) + f"""TB:|Contract Price|||{E03_TOTAL:,}
P:2.2 The Contract Price is fixed and not subject to exchange-rate or other adjustment.
H:Section 3 Payment
P:3.1 Within twenty days after signature and against an advance-payment bank guarantee of the same amount issued by a bank in mainland China, the Buyer pays 10% of the Contract Price.
P:3.2 Within twenty days after the Buyer signs the Delivery and Installation Certificate, the Buyer pays 55% of the Contract Price. That certificate confirms quantities and installation only and is not acceptance.
P:3.3 Within twenty days after Final Acceptance the Buyer pays the remaining 35% of the Contract Price.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver the Goods to the farm within seventy days after signature and complete installation, collar fitting and commissioning within a further thirty days. Collar fitting shall be scheduled with the Buyer's herd manager so as not to disturb milking times.
P:4.2 If the Supplier is late in delivery or commissioning, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for a forty-five-day observation period. Final Acceptance requires that: (a) at least 2,350 of the 2,400 collars report data every day; (b) heat alerts are compared with the veterinarians' records for the period and meet the detection and false-alarm figures in Annex 1; (c) rumination and activity data are shown in the Software with a delay of no more than fifteen minutes; (d) the Interfaces transfer cow identities and milk yields to and from the parlour system and ERP without error; and (e) no Priority 1 fault has occurred in the last twenty days of the period.
P:5.2 The Buyer issues a Final Acceptance Certificate within ten days after a successful observation period, or lists the defects in writing; the Supplier corrects them and the affected tests are repeated.
P:5.3 Installation, use of the system or any payment is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period for the Goods, the Software and the Interfaces is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace faulty Goods, including collars with failed batteries, and correct Software and Interface defects free of charge.
P:6.2 Priority 1 means that no data arrive from one or more base stations, or the Software cannot be used. Priority 2 means faults affecting individual collars or functions. The Supplier shall respond to a Priority 1 fault within 1 hour by remote diagnosis and, where needed, have an engineer on site within 24 hours; Priority 2 faults shall be answered within 8 hours and fixed within five days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or on-site time, it shall pay CNY 1,000.
P:6.4 After the warranty period the Buyer may order annual support covering collar replacement, Software updates and remote support. The annual support fee is 9% of the Hardware and Licence Subtotal, CNY {E03_FEE:,} per year, fixed for the first two support years. Each support year is ordered separately; there is no automatic renewal.
H:Section 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, analyse or use it for any other purpose, including research or product development.
P:7.2 The Software and all Buyer Data are kept on the Buyer's server at the farm. Remote access by the Supplier requires the Buyer's approval for each session, an encrypted connection and an individual account, and is logged. No Buyer Data may be transferred outside mainland China.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, take remedial action at once and compensate the Buyer for all losses caused by an incident for which it is responsible.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public technical and commercial information and shall not disclose it to any third party without the other party's prior written consent. This obligation survives termination for three years.
H:Section 9 Intellectual Property
P:9.1 The Software remains the Supplier's property; the Buyer receives a perpetual, irrevocable licence for the licensed number of animals.
P:9.2 The Interfaces, their source code and all configuration made for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The service partner named in Annex 3 is approved by signature of this Contract. The Supplier remains responsible for any subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages reach their maximum.
H:Section 12A Site Rules, Animal Welfare and Documentation
P:12A.1 The Supplier's personnel shall comply with the Buyer's biosecurity rules, including disinfection on entry, protective clothing and the restriction of movements between barns, and shall follow the instructions of the Buyer's herd manager when working with animals.
P:12A.2 Collars shall be fitted by trained staff in a way that does not injure the animals or reduce feed intake. Any collar that causes skin damage shall be removed and replaced at the Supplier's cost, and the Supplier shall pay for any veterinary treatment needed as a result.
P:12A.3 Before Final Acceptance the Supplier shall hand over the as-built documentation, including base-station locations, network diagram, Software configuration, the Interface specifications and source code, user manuals in Chinese and a spare-parts list.
P:12A.4 The Supplier shall keep a stock of spare collars equal to at least two per cent of the installed quantity at the farm during the warranty period, so that failed collars can be replaced on the same day by the Buyer's staff.
H:Section 12B Force Majeure
P:12B.1 Neither party is liable for failure to perform caused by force majeure, such as blizzards, floods, epidemics or animal disease outbreaks that prevent access to the farm, provided that it notifies the other party within five days and takes reasonable steps to limit the effects. Dates under Section 4 are extended by the period of force majeure. If force majeure lasts more than ninety days, either party may terminate the Contract by written notice.
H:Section 12C Notices
P:12C.1 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses stated above, to the attention of the Buyer's pasture manager or the Supplier's China project manager.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hulunbuir Arbitration Commission for arbitration in Hailar.
H:Section 14 Miscellaneous
P:14.1 Annex 1 (Technical Specification), Annex 2 (Delivery Schedule) and Annex 3 (Service Partner) form part of this Contract. This Contract is signed in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________  Date: ____________
P:For the Supplier: ____________________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# h298e04  Wenzhou shoe maker, managed Wi-Fi service; Norwegian provider — .md, numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04_SITES = [("Lucheng factory, cutting and stitching halls", 118), ("Lucheng factory, lasting and finishing halls", 96),
             ("Ouhai warehouse and dispatch centre", 64), ("Head office and showroom", 22)]
E04_MRC, E04_MONTHS, E04_OTC = 54000, 36, 86000
E04_TOTAL = E04_MRC * E04_MONTHS + E04_OTC            # 2,030,000

H298E04 = f"""# Managed Wireless Network Services Agreement

Agreement reference: VA-WZ-2026-11

This Agreement is made between:

1. **Wenzhou Lucheng Huaxie Footwear Co., Ltd.**, 88 Shuangyu Industrial Road, Lucheng District, Wenzhou, Zhejiang Province, China (the **"Customer"**); and
2. **Værøy Airwave AS**, Sørland, 8063 Værøy, Norway, acting in China through its local field engineers (the **"Provider"**).

The Customer makes shoes in two factory buildings and runs a warehouse and a head office in Wenzhou. Its production lines use handheld scanners and tablets for work orders and quality checks. The Provider designs and operates wireless networks as a managed service. The parties agree as follows.

## 1. Definitions

1.1 **"Service"** means the managed wireless network service described in clause 2 at the Sites listed in Schedule 2.

1.2 **"Equipment"** means the access points, controllers, switches and other items installed by the Provider to deliver the Service. The Equipment remains the property of the Provider.

1.3 **"Service Start Date"** means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

1.4 **"Term"** means thirty-six months from the Service Start Date.

## 2. Service

2.1 The Provider shall survey the Sites, design the network, supply and install the Equipment, and operate, monitor and maintain the network for the Term from its network operations centre.

2.2 The Service includes separate networks for production devices, office users and guests, a captive portal for guests, monthly reports on coverage, usage and incidents, and up to four configuration changes per month at the Customer's request.

2.3 The Provider shall replace any faulty Equipment at its own cost and keep spare access points at the Lucheng factory.

## 3. Charges and payment

3.1 At the Customer's request all charges are stated and paid in Chinese yuan (CNY). The charges are set out in Schedule 2. The total charges for the Term are CNY {E04_TOTAL:,}.

3.2 The One-time Deployment Charge is invoiced after the Service Start Date. The Monthly Service Charge is invoiced monthly in arrears. Nothing is payable before the Service Start Date. The Customer pays each correct invoice within thirty days.

## 4. Deployment and acceptance

4.1 The Provider shall complete deployment at all Sites within fifty days after signature of this Agreement.

4.2 Acceptance tests shall show: signal strength of at least -67 dBm on the production floor at every measuring point in the agreed survey plan; roaming of a handheld scanner between access points without losing its session; at least 150 concurrent devices per hall without packet loss in the scanner application; separation of the production, office and guest networks; and monitoring of every access point by the operations centre.

4.3 After successful tests and a ten-day pilot in production, the Customer signs the Service Acceptance Certificate. Installation or use of the network before that is not acceptance.

4.4 If deployment is not completed by the date in clause 4.1 for reasons attributable to the Provider, the Provider pays CNY 1,500 for each day of delay.

## 5. Service levels

5.1 The Provider shall keep the Service available at least 99.95% of each month at each Site, measured by the operations centre as the share of time in which production devices can connect and reach the Customer's servers.

5.2 Incidents are classified and handled according to the priority table in Schedule 1.

5.3 Service credits are set out in Schedule 1. The Provider shall report the credits in its monthly report and deduct them from the next invoice.

## 6. Customer Data

6.1 Network logs, device lists, user accounts, traffic statistics and all other data relating to the Customer that the Provider obtains in providing the Service ("Customer Data") belong to the Customer.

6.2 The Provider may use Customer Data only for providing the Service and shall not sell it or use it for any other purpose.

## 7. Intellectual property

7.1 The site surveys, network designs, configurations and reports prepared for the Customer belong to the Customer, who may use them freely, including by giving them to a later provider.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information it receives from the other party, including the Customer's production layouts and network design, and shall not disclose it to third parties without prior written consent. This clause continues to apply for three years after the end of the Term.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 120% of the total charges for the Term. The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

## 10. Subcontracting

10.1 The Provider may not subcontract any part of the Service without the Customer's prior written consent, except cabling work by the contractor named in Schedule 2, which the Customer approves by signing this Agreement. The Provider is responsible for its subcontractors.

## 11. Term and ending

11.1 This Agreement starts on signature and continues until the end of the Term. It then ends automatically unless the parties agree a renewal in writing.

11.2 The Service is provided for the whole Term. Service credits under Schedule 1 are the Customer's sole remedy for any failure of the Service to meet the service levels. Neither party may terminate this Agreement before the end of the Term, whether for breach or otherwise, except where the other party becomes insolvent.

11.3 At the end of the Term the Provider shall remove the Equipment within thirty days, restore the mounting points and hand over the final configuration documents.

## 11A. Customer responsibilities

11A.1 The Customer shall give the Provider's engineers access to the Sites during working hours, provide power and ceiling mounting points at the locations in the agreed design, and name an IT contact for each Site.

11A.2 The Customer shall not move, open or reconfigure the Equipment and shall report physical damage to the Provider promptly. Damage caused by the Customer's staff or by forklifts and other production equipment is repaired at the Customer's cost at the rates in Schedule 2.

## 11B. Changes

11B.1 Additional access points, new areas or new Sites are added by a written change order stating the additional Monthly Service Charge, which shall be calculated at the same rate per access point as in Schedule 2.

11B.2 The Provider shall carry out configuration changes requested by the Customer within two business days, test them outside production shifts where possible and record them in the monthly report.

## 11C. Force majeure

11C.1 Neither party is liable for failures caused by events beyond its reasonable control, such as typhoons, floods, fire or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Periods of force majeure are excluded from the availability calculation in clause 5.1.

## 11D. Notices

11D.1 Notices of breach or termination must be in writing and delivered by courier. Operational messages may be sent by e-mail or through the Provider's service portal.

## 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Wenzhou Arbitration Commission for arbitration in Wenzhou.

## 13. General

13.1 Amendments must be in writing and signed by both parties. Notices are given by e-mail to the contact persons named in Schedule 2.

13.2 This Agreement is signed in two originals in English, with a Chinese translation for reference.

For the Customer: ______________________ Date: __________

For the Provider: ______________________ Date: __________

## Schedule 1 — Priorities, response times and service credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | A whole hall or Site without wireless service, or production scanners cannot connect | 30 minutes | 6 hours | 5% of the Site's monthly share of the Monthly Service Charge, plus 2% for each further hour |
| P2 | Several access points down or degraded service in part of a hall | 1 hour | 8 hours | 2% of the Site's monthly share |
| P3 | A single access point down, or a configuration change request | next business day | 3 business days | none |

If availability at a Site in a month is below 99.95%, the Customer receives a credit of 5% of that Site's monthly share of the Monthly Service Charge, and 10% if it is below 99.5%. Credits in a month are limited to 50% of the Monthly Service Charge.

## Schedule 2 — Sites and charges

| Site | Access points | Share of Monthly Service Charge (CNY) |
|---|---|---|
""" + "".join(f"| {n} | {a} | {E04_MRC * a // sum(x for _, x in E04_SITES):,} |\n" for n, a in E04_SITES) + f"""| **Monthly Service Charge** | **{sum(a for _, a in E04_SITES)}** | **{E04_MRC:,}** |

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | per month, {E04_MONTHS} months | {E04_MRC * E04_MONTHS:,} |
| One-time Deployment Charge | once | {E04_OTC:,} |
| **Total charges for the Term** | | **{E04_TOTAL:,}** |

Approved cabling subcontractor: Wenzhou Lianxin Cabling Engineering Co., Ltd. Customer contact: IT manager, Lucheng factory. Provider contact: service delivery manager, Wenzhou.
"""

# ----------------------------------------------------------------------------------------------------------------
# h298e05  Guangzhou logistics firm, vehicle-licence OCR API subscription; Croatian vendor — .txt, upper-case headings
# ----------------------------------------------------------------------------------------------------------------
E05_SUB, E05_YEARS, E05_INTEG, E05_CALLS = 168000, 2, 54000, 1200000
E05_TOTAL = E05_SUB * E05_YEARS + E05_INTEG           # 390,000

H298E05 = f"""API SUBSCRIPTION AGREEMENT
VEHICLE DOCUMENT RECOGNITION SERVICE

Agreement number: RV-GZ-2026-009

PARTIES

Guangzhou Nansha Hengtong Logistics Co., Ltd., 301 Jingang Avenue, Nansha District, Guangzhou, Guangdong Province, China ("Customer").

Rivanj Vision d.o.o., Rivanj 14, 23205 Otok Rivanj, Zadar County, Croatia ("Vendor").

BACKGROUND

Customer operates a fleet of some 1,800 owned and contracted trucks and checks the vehicle licences (xingshizheng) and road transport permits of every truck that enters its yards. Vendor offers an application programming interface that reads such documents from photographs and returns the fields as structured data (the "API"). Customer wishes to use the API in its driver app and yard gate system.

1. DEFINITIONS

1.1 "Recognition" means one API call that returns the fields of one document image.

1.2 "Customer Materials" means the images sent to the API, the fields returned, and all related logs and metadata.

1.3 "Subscription Year" means each period of consecutive months starting on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.

2. SERVICE

2.1 Vendor grants Customer the right to call the API from Customer's systems during the Term, within the volumes in the Schedule, for Customer's own business purposes.

2.2 The API recognises the front and back of PRC vehicle licences and road transport permits and returns plate number, vehicle type, owner, VIN, engine number, registration and issue dates, approved load and inspection validity, each with a confidence score.

2.3 Vendor will use commercially reasonable efforts to keep the API available and to deal with support requests sent to its support mailbox. Vendor does not give any service level, availability figure or response time.

2.4 Vendor may change the API from time to time but shall give Customer at least sixty days' notice of any change that is not backwards compatible.

3. TERM AND RENEWAL

3.1 The Term is two Subscription Years from the Service Start Date.

3.2 The Agreement ends at the end of the Term. Any further period requires a new written order, at fees to be agreed by the parties at that time.

4. FEES AND PAYMENT

4.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule. The total fees for the Term, excluding any overage, are CNY {E05_TOTAL:,}.

4.2 The Integration Fee is invoiced after Integration Acceptance. The Platform Fee is invoiced quarterly in advance, each quarter at the start of that quarter, the first quarter starting on the Service Start Date. Nothing is invoiced before the Service Start Date.

4.3 Overage is invoiced quarterly in arrears.

4.4 Customer pays each invoice within thirty days by bank transfer to Vendor's account in Guangzhou held by its payment agent.

5. INTEGRATION AND ACCEPTANCE

5.1 Vendor shall provide the integration services described in the Schedule: connecting the API to Customer's driver app and yard gate system, mapping the returned fields to Customer's vehicle master data and setting up test and production credentials.

5.2 Vendor shall complete the integration services within thirty-five days after signature.

5.3 Integration Acceptance requires that, on a test set of 2,000 document images supplied by Customer: (a) no more than 25 images have any field read incorrectly; (b) every unreadable image is flagged by a low confidence score rather than returned with wrong data; (c) the median response time of the API measured from Customer's gate system is below 800 milliseconds; and (d) the mapped data are written correctly into Customer's vehicle master data. Customer confirms Integration Acceptance in writing within five business days after a successful test or lists the failed items.

5.4 If the integration services are not completed on time for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay.

6. CUSTOMER MATERIALS

6.1 Customer Materials belong to Customer. Vendor processes them only to provide the API to Customer and does not use them to train or improve its models or for any other purpose.

6.2 Images are deleted from Vendor's systems within 24 hours after the Recognition. Logs without images are kept for ninety days for billing and then deleted.

7. DATA PROTECTION AND SECURITY

7.1 The API used by Customer runs in a cloud region in mainland China. Customer Materials are not transferred outside mainland China.

7.2 Vendor shall protect Customer Materials by encryption in transit and at rest, access restricted to named engineers with multi-factor authentication, logging of all access and regular vulnerability testing, and shall comply with the Personal Information Protection Law and the Data Security Law.

7.3 Vendor shall notify Customer of any security incident affecting Customer Materials within 24 hours, take remedial measures, cooperate with Customer's notifications to authorities and drivers, and compensate Customer for losses caused by an incident attributable to Vendor.

8. INTELLECTUAL PROPERTY

8.1 The API, Vendor's recognition models and software remain Vendor's property.

8.2 The field mappings, integration code and documentation written for Customer under clause 5 belong to Customer, who may use, modify and license them freely.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract any part of the service without Customer's prior written consent, except the cloud provider named in the Schedule, which Customer approves by signing.

10. LIABILITY

10.1 Vendor's total liability under this Agreement is limited to twice the total fees for the Term stated in clause 4.1. The limit does not apply to breach of clauses 6 and 7 or to wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

11.2 On termination Vendor shall refund any Platform Fee paid for the period after termination and delete all Customer Materials.

11A. CUSTOMER RESPONSIBILITIES

11A.1 Customer shall keep its API keys secure, use them only from its own systems and inform Vendor at once if it suspects misuse, so that Vendor can revoke and reissue them.

11A.2 Customer shall send only images of vehicle documents that it is entitled to process for its business, shall inform drivers of the processing through its driver app, and shall not use the API to build a competing recognition service.

11A.3 Customer shall not send more than 40 Recognitions per second without agreeing a higher rate with Vendor in advance. Vendor may queue or reject calls above the agreed rate; such calls are not charged.

11B. USAGE REPORTS AND BILLING CHECKS

11B.1 Vendor shall provide a monthly usage report showing the number of Recognitions per day and per calling system, and the number of calls rejected or returned with a low confidence score.

11B.2 Customer may check the usage report against its own logs. Differences shall be resolved in good faith, and overpaid amounts shall be credited against the next invoice.

11B.3 Calls that fail because of an error on Vendor's side, or that return no result, are not counted as Recognitions.

11C. FORCE MAJEURE

11C.1 Neither party is liable for failures caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.

11D. ASSIGNMENT

11D.1 Neither party may assign or transfer this Agreement, in whole or in part, without the other party's prior written consent, except that Customer may assign it to an affiliate that takes over its yard operations.

11E. NOTICES AND CONTACTS

11E.1 Each party shall keep its contact details in the Schedule up to date. Notices about invoices, usage and API changes may be sent by e-mail. Notices of breach or termination must be sent by e-mail and confirmed by courier to the registered address of the other party.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

13. GENERAL

13.1 This Agreement, including the Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Notices shall be sent by e-mail to the addresses in the Schedule and confirmed by courier.

For Customer: ______________________ Date: __________

For Vendor: ______________________ Date: __________

SCHEDULE - FEES, VOLUMES AND CONTACTS

A. Platform Fee: CNY {E05_SUB:,} per Subscription Year, invoiced as CNY {E05_SUB // 4:,} per quarter, including {E05_CALLS:,} Recognitions per Subscription Year.

B. Platform Fees for the Term: {E05_YEARS} Subscription Years, CNY {E05_SUB * E05_YEARS:,}.

C. Integration Fee (one-time): CNY {E05_INTEG:,}, covering the work in clause 5.1.

D. Total fees for the Term excluding overage: CNY {E05_TOTAL:,}.

E. Overage: CNY 0.09 per Recognition above the included volume in a Subscription Year.

F. Approved cloud provider: the mainland China cloud region operated by a provider holding an MLPS Level 3 filing, as named in the order confirmation.

G. Contacts: Customer - head of IT, Nansha headquarters; Vendor - account manager for China.

H. Integration services: connection of the driver app (Android and iOS) and of the yard gate system at the Nansha, Huangpu and Baiyun yards; field mapping to the vehicle master data; test and production credentials; a one-day handover workshop for Customer's developers.
"""


# ================================================================================================================
# Files, labels and checks
# ================================================================================================================
FILES = {  # key: (stem, ext, language)
    "h298z01": ("h298z01_land_resources_geohazard_monitoring_platform", "pdf", "zh"),
    "h298z02": ("h298z02_cement_kiln_cooler_control_retrofit", "docx", "zh"),
    "h298z03": ("h298z03_optical_chain_optometry_member_saas", "txt", "zh"),
    "h298z04": ("h298z04_real_estate_registry_system_om_service", "txt", "zh"),
    "h298z05": ("h298z05_mooncake_factory_mes_supplier_template", "md", "zh"),
    "h298e01": ("h298e01_teapot_studio_3d_modelling_licences_greek_vendor", "pdf", "en"),
    "h298e02": ("h298e02_museum_timed_ticketing_saas_estonian_vendor", "md", "en"),
    "h298e03": ("h298e03_dairy_pasture_herd_collar_sensors", "docx", "en"),
    "h298e04": ("h298e04_shoe_maker_managed_wifi_norwegian_provider", "md", "en"),
    "h298e05": ("h298e05_logistics_vehicle_licence_ocr_api_croatian_vendor", "txt", "en"),
}
SOURCES = {"h298z01": H298Z01, "h298z02": H298Z02, "h298z03": H298Z03, "h298z04": H298Z04, "h298z05": H298Z05,
           "h298e01": H298E01, "h298e02": H298E02, "h298e03": H298E03, "h298e04": H298E04, "h298e05": H298E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per contract: category, term overrides, extra (sla_clause, ld_stated, capped, deemed, value), fee base,
# forum outside mainland, expected rules
SPEC = {
    "h298z01": dict(category="hardware", value=Z01_TOTAL, fee_base=Z01_HW, forum_out=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                               contract_kind="goods_or_licence"), capped=True,
                    rules=[]),
    "h298z02": dict(category="hardware", value=Z02_TOTAL, fee_base=Z02_HW, forum_out=False,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=32,
                               contract_kind="goods_or_licence"), capped=True,
                    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h298z03": dict(category="cloud", value=Z03_TOTAL, forum_out=False,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                               ld_rate_per_day_pct=0.1, liability_cap_pct=200, subcontract_without_consent=True),
                    rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h298z04": dict(category="services", value=Z04_TOTAL, forum_out=False,
                    terms=dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.02, liability_cap_pct=50),
                    rules=["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h298z05": dict(category="software", value=Z05_TOTAL, fee_base=Z05_ITEMS[0][1], forum_out=False, ld_stated=False,
                    deemed=True, capped=False,
                    terms=dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                               final_payment_on_acceptance=False, warranty_months=6, auto_renewal_price_increase=True,
                               subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
                    rules=["CR-ACCEPTANCE", "CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                           "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h298e01": dict(category="software", value=E01_TOTAL, fee_base=E01_LIC_SUB, forum_out=True,
                    terms=dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13,
                               governing_law="Greece", contract_kind="goods_or_licence"), capped=True,
                    rules=["CR-GOVERNING-LAW"]),
    "h298e02": dict(category="cloud", value=E02_TOTAL, forum_out=True,
                    terms=dict(availability_pct=99.95, ld_rate_per_day_pct=500 / E02_TOTAL * 100, liability_cap_pct=150,
                               auto_renewal_price_increase=True, governing_law="Estonia"),
                    rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-RESPONSE"]),
    "h298e03": dict(category="hardware", value=E03_TOTAL, fee_base=E03_HW, forum_out=False,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
                               contract_kind="goods_or_licence"), capped=True,
                    rules=[]),
    "h298e04": dict(category="services", value=E04_TOTAL, forum_out=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                               ld_rate_per_day_pct=1500 / E04_TOTAL * 100, liability_cap_pct=120,
                               termination_for_breach=False),
                    rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h298e05": dict(category="cloud", value=E05_TOTAL, forum_out=False, sla=False,
                    terms=dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=300 / E05_TOTAL * 100,
                               liability_cap_pct=200),
                    rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def terms_of(key):
    t = dict(BASE)
    t.update(SPEC[key]["terms"])
    return t


def tco(key):
    """policy §4: horizon 5 from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    s, t = SPEC[key], terms_of(key)
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not s.get("capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * s["fee_base"] * t["post_warranty_fee_pct"] / 100
    return s["value"] + fees, fees, fees / (s["value"] + fees) * 100


def derive_rules(key):
    """The rules a careful reader of policy.md §3 expects from the labelled terms (a check on my own labels)."""
    s, t = SPEC[key], terms_of(key)
    sla, goods = s.get("sla", True), t["contract_kind"] == "goods_or_licence"
    r = set()
    if not sla: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not s.get("ld_stated", True): r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False: r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12): r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not s["capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or s["forum_out"]: r.add("CR-GOVERNING-LAW")
    c = tco(key)
    if c and c[2] > 40: r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    stem, ext, lang = FILES[key]
    s, t = SPEC[key], terms_of(key)
    extra = {"sla_clause": s.get("sla", True), "ld_stated": s.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = s["capped"]
    extra["acceptance_deemed_on_delivery"] = s.get("deemed", False)
    extra["contract_value"] = s["value"]
    return {"file": f"{stem}.{ext}", "language": lang, "category": s["category"],
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(s["rules"])}


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---- threshold scan: every threshold figure in digits, Chinese numerals and words --------------------------------
_PAT = {
    "availability 99.9": [r"99\.9(?!\d)", r"九十九点九"],
    "P1 4 hours": [r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![\d.])4\s*(?:business|working)\s+hours?",
                   r"(?<![十二])四\s*个?\s*小时", r"\bfour[\s-]+(?:business\s+|working\s+)?hours?\b",
                   r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*\s*%", r"(?<![\d.])0\.05\s*per\s*cent", r"万分之五", r"百分之零点零五"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百", r"\bone hundred per\s*cent",
                  r"(?<![\d.])100\s*per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十", r"三成", r"\bthirty\s+per\s*cent",
                        r"(?<![\d.])30\s*per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![一二三四五六七八九十百])十二\s*个月",
                           r"\btwelve[\s-]+months?\b", r"\bone[\s-]+years?\b", r"(?<![\d.])1\s*-?\s*years?\b",
                           r"一年", r"(?<![\d.])1\s*年", r"\ba\s+year\b"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五", r"\bfifteen\s+per\s*cent",
                           r"(?<![\d.])15\s*per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十", r"四成", r"\bforty\s+per\s*cent", r"(?<![\d.])40\s*per\s*cent"],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"五年", r"\bfive[\s-]+years?\b",
                                    r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十个月", r"\bsixty[\s-]+months?\b"],
}
PATTERNS = [(name, re.compile(p, re.I)) for name, ps in _PAT.items() for p in ps]


def hits(text):
    norm = re.sub(r"\s+", " ", text)
    return sorted({(n, m.group(0)) for t in (text, norm) for n, p in PATTERNS for m in p.finditer(t)})


def self_test():
    must_hit = ["4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "four business hours", "240 minutes",
                "240分钟", "99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "三成",
                "百分之三十", "12个月", "12 months", "12-month", "十二个月", "one year", "一年", "1 year", "15%",
                "百分之十五", "40%", "百分之四十", "五年", "5 years", "5年", "60个月", "60 months", "five years",
                "twelve months", "thirty per cent"]
    must_not = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "0.055%", "四十二个月", "2025年",
                "二十四个月", "150%", "130%", "140%", "8小时", "14 hours", "35%", "45%", "120%", "0.005%", "2026年3月1日",
                "Subscription Year", "36 months", "十四条", "万分之八", "2 hours", "2,400", "150 concurrent"]
    for s in must_hit:
        assert hits(s), ("regex misses", s)
    for s in must_not:
        assert not hits(s), ("regex wrongly hits", s, hits(s))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # contracts
    targets = {k: (f"{stem}.{ext}", ext) for k, (stem, ext, _) in FILES.items() if ext in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (stem, ext, _) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(SOURCES[k], encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    # labels
    for k, (stem, ext, _) in FILES.items():
        (OUT / f"{stem}.json").write_text(json.dumps(label(k), indent=1, ensure_ascii=False), encoding="utf-8")
    # sums
    assert Z01_TOTAL == 3000000 and Z02_TOTAL == 2900000 and Z03_TOTAL == 978000 and Z04_TOTAL == 680000
    assert Z05_TOTAL == 1580000 and E01_TOTAL == 688000 and E02_TOTAL == 600000 and E03_TOTAL == 3200000
    assert E04_TOTAL == 2030000 and E05_TOTAL == 390000
    assert sum(E04_MRC * a // sum(x for _, x in E04_SITES) for _, a in E04_SITES) == E04_MRC
    assert Z04_TOTAL % 4 == 0 and E05_SUB % 4 == 0
    # checks per contract
    covered, failed = set(), False
    print()
    print(f"{'contract':9} {'length':>7}  risk    expected rules")
    for k, (stem, ext, lang) in FILES.items():
        text = read_back(OUT / f"{stem}.{ext}")
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        rules = SPEC[k]["rules"]
        covered |= set(rules)
        print(f"{k:9} {n:7,}  {risk(rules):7} {', '.join(sorted(rules)) or '(none)'}")
        if not lo <= n <= hi:
            print("   LENGTH OUT OF RANGE", n, (lo, hi)); failed = True
        h = hits(text) + hits(SOURCES[k])
        if h:
            print("   THRESHOLD FIGURE IN TEXT:", sorted(set(h))); failed = True
        if derive_rules(k) != sorted(rules):
            print("   LABEL/RULE MISMATCH", derive_rules(k)); failed = True
        t = terms_of(k)
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        c = tco(k)
        if c:
            assert abs(c[2] - 40) > 2, (k, c)
            print(f"   TCO {c[0]:,.0f}  post-warranty fees {c[1]:,.0f}  share {c[2]:.2f} %")
    missing = set(SEVERITY) - covered
    print("rules never expected:", sorted(missing) or "none")
    mix = sorted(len(s["rules"]) for s in SPEC.values())
    print("findings per contract:", mix)
    assert not missing, missing
    assert not failed
    print("all checks passed")
